import {describe, expect, it} from 'vitest'
import {exampleModifiers} from '../../pipeline/lexicon/zh/entities.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {records} from '../helpers/records.ts'

/** The list reader (`pipeline/extract/find-lists.ts`): lists of a kind in running text, on sentences of our own. */
async function names(sentence: string): Promise<Array<[string, string]>> {
  const {file} = await runPipeline(`# 概况\n\n${sentence}\n`, 'sources/own.txt', 'own', undefined, [])
  return (file.data.records ?? []).map((record) => [record.kind, record.name])
}

describe('a list of a kind', () => {
  it('after a phrase that names the kind in general: each item that reads as a name', async () => {
    expect(await names('主流的区块链平台主要有 Alpha、Beta（贝塔）和星河链等。')).toEqual([
      ['platform', 'Alpha'],
      ['platform', 'Beta'],
      ['platform', '星河链']
    ])
    // items that do not read as names (no Latin letters, no kind word) are no records
    expect(await names('主流的区块链平台主要有公有链、私有链等。')).toEqual([])
  })

  it('of examples after a comma and 如: up to the clause’s end, an item of an organisation made by it, an item with no kind word when most of the list reads as names', async () => {
    const {file} = await runPipeline('# 概况\n\n业内已出现一批代表性的联盟链平台，如子科技的星穹链、丑集团的 Wren 平台和寅公司的青鸾等，应用广泛。\n', 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['星穹链', ['子科技']],
      ['Wren 平台', ['丑集团']],
      ['青鸾', ['寅公司']]
    ])
    expect(await names('可选的底层平台，比如星穹链、Wren 和青鸾。')).toEqual([['platform', '星穹链'], ['platform', 'Wren'], ['platform', '青鸾']])
    // a list none of whose items reads as a name is no list of names; nor is a phrase of what a product does
    expect(await names('各类服务平台，如交易、结算和清算等。')).toEqual([])
    expect(await names('开源项目，如定位为提供数据交换平台、支持隐私计算的星穹链等。')).toEqual([['platform', '星穹链']])
    // (\`如果\` introduces nothing)
    expect(await names('区块链平台，如果缺少共识机制，就无法运行。')).toEqual([])
  })

  it('of clauses after a colon, each launching its own (…纷纷推出区块链平台：甲科技发布了“X”平台；乙集团…): the maker the verb of its own clause has', async () => {
    const found = await records('# 平台\n国内企业纷纷推出区块链平台：丙科技发布了“丙链”BaaS 平台；丁集团于 2018 年推出丁岳链开放平台。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['丙链', ['丙科技'], null],
      ['丁岳链开放平台', ['丁集团'], '2018']
    ])
  })

  it('made by the record a sentence opening with a pointer points at, when that is a body its members form (该联盟后来推出了 X 平台), not a platform', async () => {
    const found = await records('# 概况\nArdel 联盟于 2015 年成立。该联盟后来推出了 Ardel Ledger 平台，用于结算。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Ardel 联盟', []], ['Ardel Ledger 平台', ['Ardel 联盟']]])
    const platform = await records('# 概况\nNovel 平台于 2015 年上线。该平台后来推出了 Vegal 钱包。\n')
    expect(platform.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Novel 平台', []]])
  })

  it('in apposition: a quoted name right after the phrase for its kind, unless the quoted words modify the word after them', async () => {
    expect(await names('2019 年，甲银行加入了星河联盟“链上金融”工作组。')).toEqual([['alliance', '星河联盟']])
    expect(await names('甲银行加入了区块链联盟“星海”，成为理事单位。')).toEqual([['alliance', '星海']])
  })

  it('of examples closed by 等 before a word for a kind’s products in general, with no kind word in the sentence (A、B 等开源方案)', async () => {
    for (const modifier of ['', ...exampleModifiers]) {
      expect(await names(`此外，还有 Vega、Lyra Ledger 等${modifier}方案可供选择。`), modifier).toEqual([['platform', 'Vega'], ['platform', 'Lyra Ledger']])
    }
    // a word that makes the products something else's (\`共识方案\`), or terms of the trade, are none
    expect(await names('采用了 HotStuff、Tendermint 等共识方案。')).toEqual([])
    expect(await names('还有 PBFT、Raft 等开源方案。')).toEqual([])
  })

  it('of examples closed by 等 before 应用, the word for applications in general (A、B 和 C 等应用)', async () => {
    expect(await names('Quill、Bram 和 Tovo 等应用管理着大量资产。')).toEqual([
      ['platform', 'Quill'],
      ['platform', 'Bram'],
      ['platform', 'Tovo']
    ])
    // (an organisation an example is said to be of made it)
    expect((await records('# 概况\n典型的应用有甲公司的 Bram 和 Quill 等。\n')).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Bram', ['甲公司']], ['Quill', []]])
    // (uses, not applications' names)
    expect(await names('这些技术在支付、清算和 KYC 等应用中发挥作用。')).toEqual([])
  })

  it('of Latin names after a comma and 例如, under a quantity of things of a kind (许多开发工具项目，例如 A、B 等)', async () => {
    expect(await names('此外，生态中还活跃着许多开发工具项目，例如 Trufo、Hardcap 和 Remy 等。')).toEqual([
      ['platform', 'Trufo'],
      ['platform', 'Hardcap'],
      ['platform', 'Remy']
    ])
    // (techniques, or a list that is not all names: none)
    expect(await names('业界提出了许多共识协议，如 Tendro、Quellis 等。')).toEqual([])
    expect(await names('还有许多开发工具项目，例如 Trufo 和测试框架等。')).toEqual([])
  })

  it('closed by 等 whatever words follow, when every item ends in a kind word after words of its own (甲联盟、乙联盟等多个区块链产业组织)', async () => {
    expect(await names('目前，国内已成立了星云联盟、星海联盟、河源联盟等多个区块链产业组织。')).toEqual([
      ['alliance', '星云联盟'],
      ['alliance', '星海联盟'],
      ['alliance', '河源联盟']
    ])
    // (general phrases, or items of no kind word: none)
    expect(await names('金融联盟、产业联盟等组织相继出现。')).toEqual([])
    expect(await names('支付、清算等领域的联盟。')).toEqual([])
  })

  it('before the phrase, closed by 等 (A、B 等开源项目)', async () => {
    expect(await names('Gamma、Delta 等开源项目发展迅速。')).toEqual([
      ['platform', 'Gamma'],
      ['platform', 'Delta']
    ])
    // a word of quantity may stand between the list's ending and the phrase
    expect(await names('丙基金会旗下托管了 Gamma、Delta 等多个开源项目。')).toEqual([
      ['platform', 'Gamma'],
      ['platform', 'Delta']
    ])
  })

  it('of examples of a kind’s products: Latin names after 如', async () => {
    expect(await names('甲银行的区块链方案如 Nova Pay 和 Vega Pay 已经上线。')).toEqual([
      ['platform', 'Nova Pay'],
      ['platform', 'Vega Pay']
    ])
    // after a comma the names are only candidates: the phrase and the list are in two clauses
    expect(await names('甲银行推出了多种解决方案，如 Nova Pay 和 Vega Pay。')).toEqual([])
    // examples of something that is no kind's product are none
    expect(await names('甲银行支持多种语言，如 Java 和 Go。')).toEqual([])
  })
})

describe('a name set apart after the phrase for its kind', () => {
  it('is what the next sentence points at, and is built on what its makers built it on', async () => {
    const found = await records('# 概况\n星河银行基于云杉链搭建了供应链金融平台“星融通”。该平台于 2019 年 3 月上线。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['星融通', ['星河银行'], '2019-03', ['云杉链']]])
  })
})

describe('a product launched in a later clause', () => {
  it('takes the date the sentence opens with, unless its clause says it came later (随后); then the start a later sentence tells', async () => {
    const found = await records('# 概况\n2015 年 9 月，澄湖科技联合乙银行组建了澄湖区块链联盟，随后推出了分布式账本平台 Tessel。Tessel 于 2016 年 11 月开源。\n\n2017 年 3 月，丁科技联合戊银行组建了丁区块链联盟，并推出了分布式账本平台 Quill。\n')
    expect(found.filter((record) => record.kind === 'platform').map((record) => [record.name, record.started])).toEqual([['Tessel', '2016-11'], ['Quill', '2017-03']])
  })
})

describe('a quoted product’s name after the phrase for its kind', () => {
  it('is a record only when the sentence says who made it; else a candidate', async () => {
    const {file} = await runPipeline('# 概况\n\n星河链提供可视化的运维管理平台“杉管家”，支持一键部署。甲公司推出了支付平台“星融通”。\n', 'sources/brief.md', 'brief', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['星融通', ['甲公司']]])
    expect([...(file.data.candidates ?? [])].map((candidate) => candidate.name)).toContain('杉管家')
  })
})

describe('a quoted product’s makers after its name', () => {
  it('are its agent and verb right after it, or after a pointer in the next clause, with the start the clause after tells', async () => {
    const found = await records('# 概况\n电子证照平台“岸证通”由甲局联合丁科技建设，于 2019 年 9 月上线。\n\n典型的应用案例是北岸市的电子证照平台“岸通”，它由乙局建设，于 2020 年上线。\n\n“岸链”平台由丙公司开发。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['岸证通', ['甲局', '丁科技'], '2019-09'],
      ['岸通', ['乙局'], '2020'],
      ['岸链', ['丙公司'], null]
    ])
  })
})

describe('a list of chains of a sort', () => {
  it('reads each item before a sort of chain (等公有链) as a platform, in a comparison too; no sort of chain followed by a kind word, no field', async () => {
    const found = await records('# 概况\n与星币、云坊等公有链相比，岫链在交易吞吐量方面有明显优势。\n')
    expect(found.map((record) => [record.kind, record.name, record.rule])).toEqual([
      ['platform', '星币', 'list'],
      ['platform', '云坊', 'list']
    ])
    expect(await records('# 概况\n从最初的星币、云坊等公有链项目开源社区开始。金融、政务等联盟链的应用正在兴起。公有链、私有链等区块链类型各有特点。\n')).toEqual([])
  })
})

describe('a Latin name after a kind word that names nothing alone', () => {
  it('is a record of the word’s kind when nothing it modifies follows, based on what the phrase before says', async () => {
    const found = await records('# 概况\n此外，基于 Aurel 的侧链项目 Quarrow 已在 2020 年进入测试阶段。\n')
    expect(found.map((record) => [record.kind, record.name, record.basedOn])).toEqual([['platform', 'Quarrow', ['Aurel']]])
    expect(await records('# 概况\n该项目 GitHub 仓库已有 1000 颗星。\n')).toEqual([])
    // (a passive or a verb of suffering after the name starts the predicate: the name is a noun of its own)
    const attacked = await records('# 概况\n2016 年 6 月，基于 Aurel 的众筹项目 The Vaulter 遭到攻击。\n')
    expect(attacked.map((record) => [record.name, record.basedOn])).toEqual([['The Vaulter', ['Aurel']]])
  })
})

describe('a list of a kind with its count', () => {
  it('reads each item before a count and the phrase for the kind (等十余个区块链联盟)', async () => {
    const found = await records('# 概况\n目前，国内已成立了星岭区块链联盟、东湾金融链联盟、西部数链产业联盟等十余个区块链联盟。\n')
    expect(found.map((record) => [record.kind, record.name])).toEqual([
      ['alliance', '星岭区块链联盟'],
      ['alliance', '东湾金融链联盟'],
      ['alliance', '西部数链产业联盟']
    ])
  })
})

describe('examples under a phrase of no kind', () => {
  it('are records when every item of two or more ends in a kind word of its own', async () => {
    expect(await names('国内已成立多个区块链产业组织，如滨江数字金融联盟、亚太账本标准联盟等。')).toEqual([
      ['alliance', '滨江数字金融联盟'],
      ['alliance', '亚太账本标准联盟']
    ])
    // words of the trade, organisations, a name described by whose it is, an item alone: no list of names
    expect(await names('常见的技术路线，如共识算法、智能合约等。')).toEqual([])
    expect(await names('多家企业参与了试点，如甲银行、乙证券等。')).toEqual([])
    expect(await names('已有多个系统投入使用，如星河链、甲公司的清算平台等。')).toEqual([])
    expect(await names('一些组织，如滨江数字金融联盟等，也在研究区块链。')).toEqual([])
  })
})

describe('the products an organisation is said to own', () => {
  it('are records it made, named by a kind word or a head names set apart take after words of their own', async () => {
    const {file} = await runPipeline('# 概况\n\n临江数科是国内较早布局区块链的科技公司，旗下产品包括临江 BaaS 平台和溪岭存证系统。\n', 'sources/own.txt', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['临江 BaaS 平台', ['临江数科']],
      ['溪岭存证系统', ['临江数科']]
    ])
    // the organisation right before the word; phrases that only say what a product does are none; a pointer names no one
    expect(await names('临江数科旗下产品包括星岚链和溪岭存证系统等。')).toEqual([['platform', '星岚链'], ['platform', '溪岭存证系统']])
    expect(await names('临江数科旗下产品包括区块链服务平台和数据交换系统。')).toEqual([])
    expect(await names('该公司旗下产品包括星岚链和溪岭存证系统等。')).toEqual([])
  })

  it('in an organisation’s entry are its own (甲：…，旗下产品包括…), and so are the partners it launched one with', async () => {
    const {file} = await runPipeline('# 概况\n\n**临江数科**：国内的科技公司，旗下产品包括溪岭存证系统。\n\n**Corvina Labs**：总部位于新加坡的金融科技公司，2018 年与南湾银行联合推出了贸易融资网络 Tidewave。\n', 'sources/own.md', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['溪岭存证系统', ['临江数科']],
      ['Tidewave', ['Corvina Labs', '南湾银行']]
    ])
  })
})

describe('a list closed by 等 and a sort of chain', () => {
  it('lists chains, not alliances (等联盟链), past a word of which (主流), without the subject and verb before it', async () => {
    expect(await names('支持 Wombat、Numbat 等联盟链。')).toEqual([['platform', 'Wombat'], ['platform', 'Numbat']])
    expect(await names('云岚链支持与 Wombat、Numbat 等主流联盟链的跨链互通。')).toEqual([['platform', 'Wombat'], ['platform', 'Numbat']])
    // a kind's phrase is still the head where no chain's word follows it
    expect(await names('星岚联盟、白鹭联盟等产业联盟相继成立。')).toEqual([['alliance', '星岚联盟'], ['alliance', '白鹭联盟']])
  })

  it('past a word of which with its particle (现有的, 其他)', async () => {
    expect(await names('与 Wombat 和 Numbat 等现有的许可链系统不同，云岚链将排序与执行分离。')).toEqual([['platform', 'Wombat'], ['platform', 'Numbat']])
    expect(await names('午链、未链等其他联盟链也在快速发展。')).toEqual([['platform', '午链'], ['platform', '未链']])
    // organisations closed by 等 before such words are none
    expect(await names('戌公司、亥公司等现有的平台厂商纷纷入局。')).toEqual([])
  })
})

describe('an entry that names a part of a system', () => {
  it('is no record under a heading of a kind (共识模块：…), while the names beside it are', async () => {
    const {file} = await runPipeline('# 概况\n\n## 其他项目\n\n- **Kestrel**：轻量级的物联网账本，由 Kestrel Labs 于 2019 年推出。\n- **共识模块**：负责节点间的一致性，支持可插拔替换。\n- **应用层**：提供智能合约的运行环境。\n', 'sources/own.md', 'own', undefined, [])
    expect((file.data.records ?? []).map((record) => record.name)).toEqual(['Kestrel'])
  })
})

describe('a company’s entry line of converter text', () => {
  const companies = [
    '一、主要企业及产品',
    '• 岚山科技：2017 年推出企业级联盟链平台“岚山链”，2019 年发布岚山链 3.0 版本，并基于岚山链上线了岚山 BaaS 平台。',
    '• 北屿数科：旗下“北屿链”于 2018 年 6 月开源。',
    '• 汀兰信息：与南湖大学联合研发了隐私计算平台“汀兰隐算”，2020 年 3 月正式商用。',
    ''
  ].join('\n')

  it('makes the company the maker of what a clause with no subject of its own launches, owns, or develops with others', async () => {
    const found = await records(companies, 'sources/own.txt')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['岚山链', ['岚山科技'], '2017', []],
      ['岚山 BaaS 平台', ['岚山科技'], null, ['岚山链']],
      ['北屿链', ['北屿数科'], '2018-06', []],
      // (a name of no organisation's ending among companies' entries is a company's)
      ['汀兰隐算', ['汀兰信息', '南湖大学'], '2020-03', []]
    ])
  })

  it('is no company when its name is Latin, a product’s as well as an organisation’s; is one in a section about a kind when its name reads as an organisation’s', async () => {
    expect(await records('一、主要产品\n• Quarry：2017 年推出企业级联盟链平台“岚山链”。\n', 'sources/own.txt')).toEqual([])
    const platforms = await records('一、主要平台\n• 岚山科技：2017 年推出企业级联盟链平台“岚山链”。\n', 'sources/own.txt')
    expect(platforms.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['岚山链', ['岚山科技'], '2017']])
  })

  it('founds no organisation that founds itself (2019 年，甲协会成立: the association is no party of its founding)', async () => {
    const [record] = await records('一、主要企业及产品\n2019 年 10 月，岚湖区块链协会成立，首任会长单位为岚山科技。\n', 'sources/own.txt')
    expect(record && [record.name, record.leads, record.started]).toEqual(['岚湖区块链协会', [], '2019-10'])
  })
})

describe('a list of a kind with no word that closes it', () => {
  it('is the whole last clause of its sentence, each item an organisation’s named thing or a name, no quality', async () => {
    const found = await records('# 概况\n国内代表性的联盟链平台包括岚山科技的岚山链和北屿集团的北屿云链。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.rule])).toEqual([
      ['岚山链', ['岚山科技'], 'list'],
      ['北屿云链', ['北屿集团'], 'list']
    ])
    expect(await records('# 概况\n主流平台的设计目标包括安全性和可扩展性。\n')).toEqual([])
  })
})
