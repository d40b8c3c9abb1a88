import type {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {
  aliasIntroductions,
  bareSectionWords,
  fieldWords,
  genericModifiers,
  representativeFrame,
  technicalTerms,
  foundingClauseVerbs,
  genericNames,
  joiningClauseVerbs,
  kindInDescription,
  mentionKindWords,
  nameBoundaries,
  nameSuffixes,
  notOfKind,
  organisationSections
} from '../../pipeline/lexicon/zh/entities.ts'
import {countGrowthWords, foundingCountWords, foundingMemberWords, initialCountWords, notMemberNouns, indefiniteArticles, memberCountVerbs, memberHaving, memberListAdverbs, memberListOpeners, memberListVerbs, memberWords} from '../../pipeline/lexicon/zh/numbers.ts'
import {categoryHeads, categoryModifiers, notOrganisations, notSubjects} from '../../pipeline/lexicon/zh/parties.ts'
import {agentMarkers, announcingVerbs, launchedTails, ownershipWords, attractingVerbs, basisUses, bornVerbs, givingVerbs, joiningWords, launchVerbs, placePrepositions, possessive, roleWords, verbAdverbs} from '../../pipeline/lexicon/zh/relations.ts'
import {withExchanges} from '../helpers/exchange-kind.ts'
import {runPipeline} from '../helpers/pipeline.ts'
import {records, summary} from '../helpers/records.ts'

/** Facts written in running prose, in sentences of our own: each word of the language pack they use, at least once. */
describe('facts from running prose', () => {
  it('reads a name after a relative clause of its founders, with the short name it declares', async () => {
    for (const verb of foundingClauseVerbs) {
      const [record] = await records(`# 概况\n近年来，甲银行、乙证券等${verb}的星河链联盟（简称“星链盟”）逐步壮大。\n`)
      expect(record && summary(record), verb).toMatchObject({kind: 'alliance', name: '星河链联盟', aliases: ['星链盟'], leads: ['甲银行', '乙证券']})
    }
  })

  it('reads members from a clause that joins them', async () => {
    for (const verb of joiningClauseVerbs) {
      const [record] = await records(`# 概况\n丙物流、丁港务集团等${verb}的海港链联盟专注于航运。\n`)
      expect(record && summary(record), verb).toMatchObject({kind: 'alliance', name: '海港链联盟', joiners: ['丙物流', '丁港务集团']})
    }
  })

  it('takes every way a short name is declared', async () => {
    for (const introduction of aliasIntroductions) {
      const [record] = await records(`# 概况\n北辰区块链联盟（${introduction}“北盟”）于 2020 年成立。\n`)
      expect(record?.aliases, introduction).toContain('北盟')
    }
    const [latin] = await records('# 概况\n开放账本联盟（Open Ledger Alliance）致力于互操作。\n')
    expect(latin && summary(latin)).toMatchObject({name: '开放账本联盟', aliases: ['Open Ledger Alliance']})
  })

  it('starts a name after each boundary word, and makes no record of a name alone', async () => {
    for (const word of nameBoundaries) {
      const found = await records(`# 概况\n甲公司、乙公司等发起成立的${word}星云链联盟（简称“星云盟”）很活跃。\n`)
      expect(found.map((record) => record.name), word).toEqual(['星云链联盟'])
    }
    expect(await records('# 概况\n星云链联盟很活跃，前景广阔。\n')).toEqual([])
  })

  it('makes records only of the strong kind words in prose, and none of a generic phrase', async () => {
    for (const [kind, words] of Object.entries(mentionKindWords)) {
      for (const word of words) {
        const [record] = await records(`# 概况\n甲公司、乙公司等发起成立的Nova ${word}（简称“Nova”）很活跃。\n`)
        expect(record?.kind, word).toBe(kind)
      }
    }
    for (const phrase of genericNames.filter((name) => !notOfKind.includes(name) && /\p{Script=Han}{3}/u.test(name))) {
      expect(await records(`# 概况\n甲公司、乙公司等发起成立的${phrase}（简称“某某”）很多。\n`), phrase).toEqual([])
    }
  })

  it('reads lists of a kind, before and after the phrase that names it', async () => {
    const before = await records('# 概况\n当前较为流行的区块链平台主要有甲链(Alpha)、乙账本(Beta)、Gamma 等。\n')
    expect(before.map(summary).map(({kind, name}) => `${kind} ${name}`)).toEqual(['platform 甲链', 'platform 乙账本', 'platform Gamma'])
    const after = await records('# 概况\n在研发方面，丙链（Delta）、丁账本（Epsilon）等开源社区先后成立。\n')
    expect(after.map((record) => record.name)).toEqual(['丙链', '丁账本'])
  })

  it('counts members before a verb of composing, and lists them after 包括 in a sentence about membership', async () => {
    for (const verb of memberCountVerbs) {
      const [record] = await records(`# 联盟\n## 星河联盟：该联盟由 40 多家金融机构${verb}。\n`)
      expect(record?.memberCount?.value, verb).toBe(40)
    }
    for (const opener of memberListOpeners) {
      const [record] = await records(`# 联盟\n## 星河联盟：该联盟于 2018 年成立，${opener}甲银行、乙证券等。\n`)
      expect(record?.joiners.map((party) => party.name), opener).toEqual(['甲银行', '乙证券'])
    }
  })

  it('counts members under every word for them, and reads no article as a count of one', async () => {
    for (const word of memberWords) {
      const [record] = await records(`# 联盟\n## 星河联盟：该联盟于 2018 年成立，目前${word}超过 50 家。\n`)
      expect(record?.memberCount, word).toMatchObject({value: 50, qualifier: 'over'})
    }
    for (const article of indefiniteArticles) {
      const [record] = await records(`# 联盟\n## 星河联盟：星河联盟是${article}由甲银行发起的组织，成员超过 30 家。\n`)
      expect(record?.memberCount?.value, article).toBe(30)
    }
  })

  it('splits the parties a joining word links, and dates a founding by the date its sentence opens with', async () => {
    for (const word of joiningWords) {
      const [record] = await records(`# 概况\n2018 年 6 月，丁集团${word}戊大学、己研究院成立了星河链联盟，推动应用。\n`)
      expect(record && summary(record), word).toMatchObject({name: '星河链联盟', leads: ['丁集团', '戊大学', '己研究院'], started: '2018-06'})
    }
  })

  it('reads a subject that announces a founding, and a list of founders with their place', async () => {
    for (const verb of announcingVerbs) {
      const [record] = await records(`# 概况\n2016 年 9 月 12 日，庚集团${verb}成立星海开放联盟，推动行业合作。\n`)
      expect(record && summary(record), verb).toMatchObject({name: '星海开放联盟', leads: ['庚集团'], started: '2016-09-12'})
    }
    for (const preposition of placePrepositions) {
      const [record] = await records(`# 概况\n2017 年 3 月，甲银行、乙证券、丙保险等 12 家机构${preposition}杭州共同发起成立了东方区块链产业联盟（简称“东盟链”）。\n`)
      expect(record && summary(record), preposition).toMatchObject({name: '东方区块链产业联盟', aliases: ['东盟链'], leads: ['甲银行', '乙证券', '丙保险'], started: '2017-03'})
    }
  })

  it('reads a quoted name after the phrase for its kind, with who launched it and when', async () => {
    for (const verb of launchVerbs) {
      const [made] = await records(`# 概况\n辰科技${verb}的区块链底层平台“巳坤链”已在多个场景落地。\n`)
      expect(made && summary(made), verb).toMatchObject({kind: 'platform', name: '巳坤链', leads: ['辰科技']})
    }
    const [launched] = await records('# 概况\n丑科技于 2017 年推出了区块链服务平台“玄武 BaaS”（Xuanwu），为开发者提供服务。\n')
    expect(launched && summary(launched)).toMatchObject({name: '玄武 BaaS', aliases: ['Xuanwu'], leads: ['丑科技'], started: '2017'})
    // a date of another clause is not the launch's
    const [later] = await records('# 概况\n丑科技于 2015 年成立了研究院，并推出了区块链服务平台“玄武云”。\n')
    expect(later && summary(later)).toMatchObject({name: '玄武云', leads: ['丑科技'], started: null})
  })

  it('reads a sentence that points back with a demonstrative and the phrase for a kind as about the record of that kind named last', async () => {
    const text = [
      '# 概况',
      '2019 年 6 月，辰科技推出了跨境结算解决方案——Vanta，该网络使用 Nimbus 协议。',
      '辰科技认为这一方案可以接入现有系统。',
      '在当时的介绍中，该结算网络已与甲银行、乙证券等多家机构开展合作。',
      ''
    ].join('\n')
    expect((await records(text)).map(summary)).toEqual([
      {kind: 'platform', name: 'Vanta', aliases: [], leads: ['辰科技'], joiners: ['甲银行', '乙证券'], started: '2019-06', count: null},
      // the protocol it uses, named with the word for a protocol, is a record of its own
      {kind: 'platform', name: 'Nimbus', aliases: [], leads: [], joiners: [], started: null, count: null}
    ])
    // the bare word for a kind whose joiners are members, before its members, is the one of that kind named last
    const counted = await records('# 概况\n天枢区块链产业联盟成立于 2018 年 3 月，由甲研究院、乙科技等单位共同发起。目前联盟成员单位已达 120 家。\n')
    expect(counted.map(summary)).toMatchObject([{name: '天枢区块链产业联盟', leads: ['甲研究院', '乙科技'], started: '2018-03', count: 120}])
    expect(await records('# 概况\n联盟成员已达 120 家。\n')).toEqual([])
    // or its founding: \`联盟成立以来\`
    const since = await records('# 概况\n2018 年 3 月，甲研究院联合乙大学共同发起成立了天枢区块链产业联盟。联盟成立以来，会员单位已超过 150 家。\n')
    expect(since.map(summary)).toMatchObject([{name: '天枢区块链产业联盟', leads: ['甲研究院', '乙大学'], started: '2018-03', count: 150}])
    // a phrase of a sort (\`该类网络\`) points at no record: the sentence is about none
    const sort = text.replace('该结算网络', '该类结算网络')
    expect((await records(sort)).map(summary)).toMatchObject([{name: 'Vanta', joiners: []}, {name: 'Nimbus', joiners: []}])
  })

  it('reads a short name declared after the comma that follows a name, and the date a sentence opens with before a clause of who led', async () => {
    const [alliance] = await records('# 概况\n2016 年 2 月，由甲银行牵头，乙证券、丙科技等机构共同发起成立了星海金融区块链合作联盟（南京），简称“星海盟”。\n')
    expect(alliance && summary(alliance)).toEqual({kind: 'alliance', name: '星海金融区块链合作联盟', aliases: ['星海盟'], leads: ['乙证券', '丙科技', '甲银行'], joiners: [], started: '2016-02', count: null})
    // a clause between the date and the verb that says more than who led: the date is no founding's
    const [later] = await records('# 概况\n2016 年 2 月，经过多轮讨论，乙证券、丙科技等机构共同发起成立了星海联盟。\n')
    expect(later && summary(later)).toMatchObject({name: '星海联盟', started: null})
  })

  it('counts as members those a count says joined a kind whose joiners are members, not a platform’s', async () => {
    const [alliance] = await records('# 概况\n丁区块链联盟于 2015 年 9 月成立，目前已有超过 70 家金融机构加入。\n')
    expect(alliance && summary(alliance)).toMatchObject({name: '丁区块链联盟', started: '2015-09', count: 70})
    const [platform] = await records('# 概况\n丁链是乙公司推出的区块链平台。丁链目前已有超过 70 家金融机构加入。\n')
    expect(platform && summary(platform)).toMatchObject({kind: 'platform', name: '丁链', leads: ['乙公司'], count: null})
  })

  it('reads those a platform works with when its own name stands right before 与, and a launch of its main network', async () => {
    // the date a sentence opens with, before the name and its main network's launch
    const opened = await records('# 概况\n星轨链是一个开源的公共区块链平台。2015 年 7 月 30 日，星轨链主网正式上线。\n')
    expect(opened.map(summary)).toMatchObject([{name: '星轨链', started: '2015-07-30'}])
    const text = '# 概况\nQuasar 是辰公司推出的区块链服务平台，2019 年主网上线。2020 年，Quasar 与甲银行、乙保险开展了合作。\n'
    expect((await records(text)).map(summary)).toEqual([
      {kind: 'platform', name: 'Quasar', aliases: [], leads: ['辰公司'], joiners: ['甲银行', '乙保险'], started: '2019', count: null}
    ])
    // another's name before 与 is no sign the subject works with them
    const other = await records('# 概况\nQuasar 是辰公司推出的区块链服务平台。丙科技与甲银行、乙保险开展了合作。\n')
    expect(other.map(summary)).toMatchObject([{name: 'Quasar', joiners: []}])
  })

  it('reads a record its sentence names by its roles (X的发起单位包括：甲、乙), its members had (X现有成员 86 家), or its founding announced', async () => {
    expect((await records('# 概况\n星瀚联盟的发起单位包括：甲银行、乙证券、丙科技。\n')).map(summary)).toEqual([
      {kind: 'alliance', name: '星瀚联盟', aliases: [], leads: ['甲银行', '乙证券', '丙科技'], joiners: [], started: null, count: null}
    ])
    expect((await records('# 概况\n星瀚联盟的成员单位有甲银行、乙证券。\n')).map(summary)).toMatchObject([{name: '星瀚联盟', leads: [], joiners: ['甲银行', '乙证券']}])
    expect((await records('# 概况\n丙公司是云梭链的主要开发者。\n')).map(summary)).toMatchObject([{kind: 'platform', name: '云梭链', leads: ['丙公司']}])
    expect((await records('# 概况\n星瀚联盟现有成员 86 家。\n')).map(summary)).toMatchObject([{name: '星瀚联盟', count: 86}])
    expect((await records('# 概况\n2018 年 5 月，星瀚区块链开放联盟宣告成立。\n')).map(summary)).toMatchObject([{name: '星瀚区块链开放联盟', started: '2018-05'}])
    // a generic phrase is no record, whatever it has: no name of its own
    expect(await records('# 概况\n区块链联盟的发起单位包括：甲银行、乙证券。\n')).toEqual([])
    expect(await records('# 概况\n产业联盟现有成员 86 家。\n')).toEqual([])
  })

  it('reads a product’s name of a launched kind opening a sentence with its launch date (X链于 2019 年 10 月正式上线)', async () => {
    expect((await records('# 概况\n云梭链于 2019 年 10 月正式上线，由丁公司负责运营。\n')).map(summary)).toEqual([
      {kind: 'platform', name: '云梭链', aliases: [], leads: [], joiners: [], started: '2019-10', count: null}
    ])
    // a description launched so is no name
    expect(await records('# 概况\n政务服务平台于 2019 年 10 月正式上线。\n')).toEqual([])
    expect(await records('# 概况\n高性能联盟链于 2019 年 10 月正式上线。\n')).toEqual([])
  })

  it('reads founders from a later clause after one of guidance, no generic short name, and no count of members gained as their number', async () => {
    const guided = await records('# 概况\n星瀚联盟成立于 2018 年。该联盟由甲协会指导，乙研究院、丙科技等 15 家单位联合发起。\n')
    expect(guided.map(summary)).toEqual([{kind: 'alliance', name: '星瀚联盟', aliases: [], leads: ['乙研究院', '丙科技'], joiners: [], started: '2018', count: null}])
    // a later clause whose parties are no organisations names no founder
    expect((await records('# 概况\n星瀚联盟成立于 2018 年。该联盟由甲协会指导，各方积极发起。\n')).map(summary)).toMatchObject([{leads: []}])
    const generic = await records('# 概况\n星瀚联盟（以下简称“联盟”）成立于 2018 年 3 月。截至 2020 年底，联盟共有会员 180 家。\n')
    expect(generic.map(summary)).toEqual([{kind: 'alliance', name: '星瀚联盟', aliases: [], leads: [], joiners: [], started: '2018-03', count: 180}])
    const gained = await records('# 概况\n星瀚联盟成立于 2018 年。2019 年，星瀚联盟新增会员 30 家，会员总数达到 150 家。\n')
    expect(gained.map(summary)).toMatchObject([{name: '星瀚联盟', count: 150}])
    // (nor those a list counts right after a clause of members gained, whom it names: no crowd of them, \`新一批\`)
    const batch = await records('# 概况\n星瀚联盟成立于 2018 年。2021 年，星瀚联盟吸纳了新一批成员，包括丁证券、戊数据等 12 家单位。\n')
    expect(batch.map(summary)).toMatchObject([{name: '星瀚联盟', joiners: ['丁证券', '戊数据'], count: null}])
  })

  it('reads a name in the script with its kind word as the subject of a launch when an organisation it is said to be of opens it', async () => {
    for (const of of ['的', ...ownershipWords.map((word) => `${word}的`)]) {
      const owned = await records(`# 概况\n此外，申公司${of}税链通平台于 2020 年上线，主要服务于电子发票。\n`)
      expect(owned.map(summary), of).toMatchObject([{name: '税链通平台', leads: ['申公司'], started: '2020'}])
    }
    // alone, such a name may be a description: no record; nor with a possessor that is no organisation
    expect(await records('# 概况\n税链通平台于 2020 年上线。\n')).toEqual([])
    expect(await records('# 概况\n公司旗下的服务平台于 2020 年上线。\n')).toEqual([])
  })

  it('reads the date a line of a timeline opens with, before a colon, in converter text and in a Markdown list', async () => {
    for (const [source, path] of [['2017 年 9 月：乙基金会宣布成立亥项目。\n', 'sources/own.txt'], ['- 2017 年 9 月：乙基金会宣布成立亥项目。\n- 2018 年 3 月：亥项目发布 1.0 版本。\n', 'sources/own.md']] as const) {
      const {file} = await runPipeline(`# 大事记\n\n${source}`, path, 'own', undefined, [])
      expect((file.data.records ?? []).map(summary), path).toMatchObject([{name: '亥项目', leads: ['乙基金会'], started: '2017-09'}])
    }
    // (a date before a colon is no name of an entry; a name is: \`亥项目：由乙基金会于 2017 年发起\`)
    const {file} = await runPipeline('# 项目\n\n- 亥项目：由乙基金会于 2017 年发起。\n', 'sources/own.md', 'own', undefined, [])
    expect((file.data.records ?? []).map(summary)).toMatchObject([{name: '亥项目', leads: ['乙基金会'], started: '2017'}])
  })

  it('reads past the words that say where a count comes from or as of when, and an agent in charge of the making', async () => {
    for (const opener of ['截至目前，', '据统计，', '迄今为止，', '与此同时，']) {
      const [record] = await records(`# 概况\n${opener}子丑联盟已拥有超过 90 家会员单位。\n`)
      expect(record && summary(record), opener).toMatchObject({name: '子丑联盟', count: 90})
    }
    expect((await records('# 概况\n寅卯链由甲公司负责开发和运营，2019 年上线。\n')).map(summary)).toMatchObject([{name: '寅卯链', leads: ['甲公司'], started: '2019'}])
    // an incubator makes what it incubates; the incubator itself is no verb
    expect((await records('# 概况\n由甲公司孵化的寅卯链于 2019 年上线。\n')).map(summary)).toMatchObject([{name: '寅卯链', leads: ['甲公司'], started: '2019'}])
    expect(await records('# 概况\n辰巳孵化器于 2019 年成立。\n')).toEqual([])
  })

  it('reads a Latin name after a clause of launching as the subject of a launch, the clause’s parties its makers', async () => {
    expect((await records('# 概况\n由甲公司、乙大学联合推出的 Quenda 于 2019 年正式上线。\n')).map(summary)).toMatchObject([{name: 'Quenda', leads: ['甲公司', '乙大学'], started: '2019'}])
    expect((await records('# 概况\n甲公司与乙集团共建了午未链。\n')).map(summary)).toMatchObject([{name: '午未链', leads: ['甲公司', '乙集团']}])
    // a clause of another verb before the name says nothing of its making: no record, no maker
    expect(await records('# 概况\n甲公司投资的 Quenda 于 2019 年正式上线。\n')).toEqual([])
  })

  it('reads a later clause that is a name, its date and its launch alone, after a sentence that opens with no subject (…，X 网络于 2009 年上线)', async () => {
    const found = await records('# 概况\n2008 年，一位匿名作者发表了 Quenda 白皮书，Quenda 网络于 2009 年 1 月上线。此后出现的 Tessel 引入了智能合约，其创始人于 2013 年发布了白皮书，Tessel 主网于 2015 年 7 月启动。\n')
    expect(found.map(summary)).toMatchObject([{name: 'Quenda 网络', started: '2009-01'}, {name: 'Tessel', started: '2015-07'}])
    // a head alone names nothing, whatever its clause says
    expect(await records('# 概况\n甲公司表示，平台于 2019 年上线。\n')).toEqual([])
  })

  it('reads makers in the phrasings of translated texts: a particle before the verb, the passive, a subject introduced by its name', async () => {
    expect((await records('# 概况\nQuenda 是由戌银行所开发的企业级区块链平台。\n')).map(summary)).toMatchObject([{name: 'Quenda', leads: ['戌银行']}])
    // (the particle ends an organisation's name too: \`乙研究所\`)
    expect((await records('# 概况\n午未项目由乙研究所发起，于 2016 年开源。\n')).map(summary)).toMatchObject([{name: '午未项目', leads: ['乙研究所'], started: '2016'}])
    expect((await records('# 概况\nQuenda 平台于 2015 年被戌银行发布。\n')).map(summary)).toMatchObject([{name: 'Quenda 平台', leads: ['戌银行'], started: '2015'}])
    expect(await records('# 概况\nQuenda 平台后来被亥集团收购。\n')).toEqual([])
    expect((await records('# 概况\n一个名为 Quenda 的区块链平台于 2017 年由戌银行推出。\n')).map(summary)).toEqual([
      {kind: 'platform', name: 'Quenda', aliases: [], leads: ['戌银行'], joiners: [], started: '2017', count: null}
    ])
  })

  it('reads no party from words that describe, nor a verb from a noun it heads', async () => {
    // (a verb that is no verb of making leaves its relative clause in the words after the agent)
    expect((await records('# 概况\nQuenda 区块链是一个由戌基金会维护的开源项目。\n')).map(summary)).toMatchObject([{name: 'Quenda 区块链', leads: []}])
    expect(await records('# 概况\nQuenda 项目被评审后从孵化状态起步。\n')).toEqual([])
  })

  it('reads a name with a head names set apart take before an adverb of time and its agent, and a base the next sentence gives after pointing back at it', async () => {
    const made = await records('# 概况\nQuenda 协议最初由戌大学的研究团队开发，2019 年发布主网。该协议基于 Wombat 构建，采用轻客户端验证。\n')
    expect(made.map(summary)).toMatchObject([{name: 'Quenda', leads: ['戌大学'], started: '2019'}])
    expect(made.map((record) => record.basedOn)).toEqual([['Wombat']])
    // (a technology in general is no base)
    expect((await records('# 概况\nQuenda 平台由戌大学开发。该平台基于区块链构建。\n')).map((record) => record.basedOn)).toEqual([[]])
  })

  it('reads members after adverbs of time and aspect and a verb of gaining them, and no ordinal as a count', async () => {
    for (const having of ['目前已有会员单位', '目前已发展会员单位', '现在已拥有会员']) {
      const [record] = await records(`# 概况\n子丑联盟${having} 90 余家。\n`)
      expect(record && summary(record), having).toMatchObject({name: '子丑联盟', count: 90})
    }
    const [joined] = await records('# 概况\n甲银行加入子丑联盟，成为其第 100 家成员。\n')
    expect(joined && summary(joined)).toMatchObject({name: '子丑联盟', joiners: ['甲银行'], count: null})
  })

  it('reads an example named alone in the middle of a sentence as a subject of its own when the next clause points back at it', async () => {
    const example = await records('# 概况\n一些全国性组织也设立了分支机构，例如 Wattle Consortium，它于 2019 年由戌银行与 Banksia Labs 联合发起，目前拥有会员 60 余家。\n')
    expect(example.map(summary)).toEqual([{kind: 'alliance', name: 'Wattle Consortium', aliases: [], leads: ['戌银行', 'Banksia Labs'], joiners: [], started: '2019', count: 60}])
    // (a tool named so is none)
    expect(await records('# 概况\n许多机构参与其中，例如 Kafka，它被广泛使用。\n')).toEqual([])
  })

  it('reads the date after a clause that says what the deed was for', async () => {
    const [record] = await records('# 概况\n为推动标准统一，2019 年 7 月，戌银行、亥科技等 12 家单位在杭州共同发起设立了子丑创新联盟。\n')
    expect(record && summary(record)).toMatchObject({name: '子丑创新联盟', leads: ['戌银行', '亥科技'], started: '2019-07'})
  })

  it('reads past a short clause of what the sentence is about, and the official version as a start', async () => {
    const [about] = await records('# 概况\n国内方面，2020 年 4 月，戌研究院发布了身份服务平台“酉证”。\n')
    expect(about && summary(about)).toMatchObject({name: '酉证', leads: ['戌研究院'], started: '2020-04'})
    const [official] = await records('# 概况\n午未链于 2019 年发布正式版本。\n')
    expect(official && summary(official)).toMatchObject({name: '午未链', started: '2019'})
  })

  it('reads a start put into use or into commercial use', async () => {
    for (const verb of ['投入使用', '投入运营', '投入商用']) {
      const [record] = await records(`# 概况\n酉链是戌集团构建的企业级区块链平台，2019 年${verb}。\n`)
      expect(record && summary(record), verb).toMatchObject({name: '酉链', leads: ['戌集团'], started: '2019'})
    }
  })

  it('reads a Latin name ending in a Latin word for an alliance as its subject, after a relative clause of founding too', async () => {
    const latin = await records('# 概况\n2020 年组建的 Wattle Consortium 现有会员 45 家，其创始成员包括甲银行和 Banksia Labs。\n')
    expect(latin.map(summary)).toEqual([{kind: 'alliance', name: 'Wattle Consortium', aliases: [], leads: ['甲银行', 'Banksia Labs'], joiners: [], started: '2020', count: 45}])
    expect((await records('# 概况\nWattle Alliance 成立于 2016 年。\n')).map(summary)).toMatchObject([{name: 'Wattle Alliance', started: '2016'}])
    // (a Latin word that only begins with the head ends no name)
    expect(await records('# 概况\nWattle Consortiumware 成立于 2016 年。\n')).toEqual([])
  })

  it('reads what a platform runs on after each verb of use and each word that may follow the base', async () => {
    for (const verb of basisUses.verbs) {
      for (const after of basisUses.after) {
        const [record] = await records(`# 概况\n云梭链是丁公司推出的区块链平台，${verb} Nimbus ${after}，性能较高。\n`)
        expect(record && summary(record), `${verb} ${after}`).toMatchObject({name: '云梭链', leads: ['丁公司']})
        expect(record?.basedOn, `${verb} ${after}`).toEqual(['Nimbus'])
      }
    }
    // a Latin word of the trade after a verb of use is no base
    const [trade] = await records('# 概况\n云梭链是丁公司推出的区块链平台，采用 PBFT 协议。\n')
    expect(trade?.basedOn).toEqual([])
  })

  it('reads what a record runs on from a later clause that points back at it by a word for its kind', async () => {
    const [record] = await records('# 概况\n2020 年，丁公司发布了云梭链，该平台基于 Nimbus 框架开发，已接入多家银行。\n')
    expect(record && summary(record)).toMatchObject({name: '云梭链', leads: ['丁公司'], started: '2020'})
    expect(record?.basedOn).toEqual(['Nimbus'])
    // a clause pointing at a record of another kind says nothing of this one
    const [other] = await records('# 概况\n2020 年，丁公司发布了云梭链，该联盟基于 Nimbus 框架开发。\n')
    expect(other?.basedOn).toEqual([])
  })

  it('reads past an opening clause that only says what the sentence is about, an adverb of addition before the date, and 对外/公开 before the verb', async () => {
    const topic = await records('# 概况\n在开源平台方面，摇光链是由庚公司主导开发的开源联盟链平台，于 2018 年正式对外开源。\n')
    expect(topic.map(summary)).toEqual([{kind: 'platform', name: '摇光链', aliases: [], leads: ['庚公司'], joiners: [], started: '2018', count: null}])
    const also = await records('# 概况\n此外，开阳数字经济联盟也于 2019 年成立，首批成员包括丁银行、戊保险和己证券。\n')
    expect(also.map(summary)).toEqual([{kind: 'alliance', name: '开阳数字经济联盟', aliases: [], leads: [], joiners: ['丁银行', '戊保险', '己证券'], started: '2019', count: null}])
    // a long opening clause is a sentence of its own matter, not a topic
    expect(await records('# 概况\n在各地政府持续加大对区块链底层技术研发投入的方面，摇光链是一个开源联盟链平台。\n')).toEqual([])
  })

  it('takes the last kind word of what a sentence says its subject is as its kind', async () => {
    const [record] = await records('# 概况\n天枢链是由子科技自主研发的联盟链平台，于 2018 年 10 月正式开源。\n')
    expect(record && summary(record)).toMatchObject({kind: 'platform', name: '天枢链', leads: ['子科技'], started: '2018-10'})
  })

  it('makes no name of generic phrases one after another, but a field narrows one', async () => {
    expect(await records('# 概况\n甲科技发起成立的联盟链平台、区块链底层平台和国内外区块链联盟都在发展。\n')).toEqual([])
    for (const field of fieldWords) {
      const [record] = await records(`# 概况\n甲银行、乙证券等发起成立的${field}区块链联盟逐步壮大。\n`)
      expect(record?.name, field).toBe(`${field}区块链联盟`)
    }
  })

  it('reads founding members as founders, and no count of founders as one of members', async () => {
    for (const word of foundingMemberWords) {
      const [record] = await records(`# 概况\n星河联盟于 2017 年 2 月正式成立，${word}成员包括甲银行、乙证券等 30 家企业。\n`)
      expect(record && summary(record), word).toMatchObject({name: '星河联盟', leads: ['甲银行', '乙证券'], joiners: [], count: null})
    }
    // \`构成\` inside \`机构成立\` is no verb of composing
    const [founded] = await records('# 概况\n2015 年 9 月，甲公司联合乙银行、丙证券等 9 家金融机构成立了北辰区块链联盟。\n')
    expect(founded && summary(founded)).toMatchObject({leads: ['甲公司', '乙银行', '丙证券'], count: null})
  })

  it('reads no count of the members at the start, the count they grew to over one given before, and a subject whose members a sentence tells without a verb of founding', async () => {
    for (const word of initialCountWords) {
      const [record] = await records(`# 概况\nAtlas 联盟于 2015 年 9 月由 Atlas 实验室发起，${word}有 9 家银行加入。\n`)
      expect(record && summary(record), word).toMatchObject({name: 'Atlas 联盟', leads: ['Atlas 实验室'], started: '2015-09', count: null})
    }
    for (const word of countGrowthWords) {
      const [record] = await records(`# 概况\n星河联盟有 30 家成员，2018 年成员${word} 80 家。\n`)
      expect(record && summary(record), word).toMatchObject({name: '星河联盟', count: 80})
    }
    const told = await records('# 概况\n星河联盟的成员已经扩大到 200 多家。白鹭联盟汇聚了 150 家成员单位。东岳联盟吸引了超过 50 家机构加盟。南湖联盟由 35 家单位组成。\n')
    expect(told.map(summary).map(({name, count}) => [name, count])).toEqual([['星河联盟', 200], ['白鹭联盟', 150], ['东岳联盟', 50], ['南湖联盟', 35]])
    // a name followed by words that tell nothing of members or a start is no record
    expect(await records('# 概况\n星河联盟有很多问题。\n')).toEqual([])
    // members with no name before them are those of the alliance the section last named; with none named, of nothing
    const implied = await records('# 概况\n星河联盟成立时有 30 家成员。2018 年，成员增至 80 家。\n')
    expect(implied.map(summary).map(({name, count}) => [name, count])).toEqual([['星河联盟', 80]])
    expect(await records('# 概况\n2018 年，成员增至 80 家。\n')).toEqual([])
    // a count of places or fields before the members' is none of them
    for (const noun of notMemberNouns) {
      const [record] = await records(`# 概况\n己联盟成立于 2016 年，目前拥有来自 30 个${noun}的 200 余家成员。\n`)
      expect(record && summary(record), noun).toMatchObject({name: '己联盟', count: 200})
    }
  })

  it('reads a start from a name whose verb of launching a word of use or of opening to the public follows, with a date before it', async () => {
    for (const tail of launchedTails) {
      const found = await records(`# 概况\nNova 网络于 2020 年 4 月启动${tail}。星海链于 2021 年上线${tail}。\n`)
      expect(found.map(summary).map(({name, started}) => [name, started]), tail).toEqual([['Nova 网络', '2020-04'], ['星海链', '2021']])
    }
  })

  it('reads the organisation a launched name is said to be of as its maker, and no place or people', async () => {
    const found = await records('# 概况\n甲公司的 Nova 平台于 2019 年正式上线。我国的星海链于 2020 年上线。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['Nova 平台', ['甲公司'], '2019'], ['星海链', [], '2020']])
    for (const word of ownershipWords) {
      const [owned] = await records(`# 概况\n甲集团${word}的乙链于 2018 年上线。\n`)
      expect(owned && summary(owned), word).toMatchObject({name: '乙链', leads: ['甲集团'], started: '2018'})
    }
  })

  it('reads a founding told right after the name by a verb of founding, or after the place where it was', async () => {
    const found = await records('# 概况\n2018 年 5 月，星河联盟揭牌成立。2019 年 3 月，白鹭联盟在南京成立。2020 年，东岳联盟在北京正式挂牌。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['星河联盟', '2018-05'], ['白鹭联盟', '2019-03'], ['东岳联盟', '2020']])
    // a place and a verb of something else start nothing
    expect(await records('# 概况\n星河联盟在北京举办了年会。\n')).toEqual([])
  })

  it('reads the founders a joining word lists, closed by 等, a count and a category, before the verb', async () => {
    for (const word of joiningWords) {
      const [record] = await records(`# 概况\n2018 年 3 月，在戊部门指导下，己协会${word}庚大学等 30 余家单位共同发起成立星海区块链产业联盟。\n`)
      expect(record && summary(record), word).toMatchObject({name: '星海区块链产业联盟', leads: ['己协会', '庚大学'], started: '2018-03', count: null})
    }
  })

  it('reads the party that leads and those it joins, across the comma between them', async () => {
    for (const word of joiningWords) {
      const [record] = await records(`# 概况\n星河计算共同体是由甲研究院牵头，${word}乙科技、丙网络等 30 余家单位于 2018 年 4 月共同发起成立的行业组织。\n`)
      expect(record && summary(record), word).toMatchObject({name: '星河计算共同体', leads: ['甲研究院', '乙科技', '丙网络'], started: '2018-04'})
    }
  })

  it('reads what a sentence says its subject is without a maker, when the subject reads as a name', async () => {
    for (const article of ['', ...indefiniteArticles]) {
      const [record] = await records(`# 概况\n星海（Xinghai）是${article}面向全球的公有区块链平台，于 2015 年 7 月 30 日正式上线。\n`)
      expect(record && summary(record), article).toMatchObject({kind: 'platform', name: '星海', aliases: ['Xinghai'], started: '2015-07-30'})
    }
    // a subject that reads as no name, or a phrase that goes on past the kind word, makes no record
    expect(await records('# 概况\n星海是一个面向全球的公有区块链平台。\n')).toEqual([])
    expect(await records('# 概况\n星海（Xinghai）是一个区块链平台的组件。\n')).toEqual([])
    // a verb of making in the phrase: the copula with its maker
    const [made] = await records('# 概况\n星海（Xinghai）是一个开源的公有区块链平台。\n')
    expect(made && summary(made)).toMatchObject({kind: 'platform', name: '星海', leads: []})
  })

  it('reads who made an entry from the phrase its text opens with', async () => {
    for (const verb of launchVerbs) {
      const [record] = await records(`# 平台\n## 星链平台：壬集团于 2018 年${verb}的区块链服务平台，支持多种场景。\n`)
      expect(record && summary(record), verb).toMatchObject({name: '星链平台', leads: ['壬集团'], started: '2018'})
    }
    // a phrase of another kind says nothing of the entry
    const [other] = await records('# 平台\n## 星链平台：壬集团发起成立的区块链联盟使用的平台。\n')
    expect(other && summary(other)).toMatchObject({name: '星链平台', leads: []})
    // an entry of a section about no kind takes its kind from the phrase its text ends its first clause with
    const described = await records('# 概览\n\n* Nimbus（已归档）：由 Vega Labs 于 2017 年贡献到社区的账本项目。\n')
    expect(described.map(summary)).toEqual([{kind: 'platform', name: 'Nimbus', aliases: [], leads: ['Vega Labs'], joiners: [], started: '2017', count: null}])
    // or with its makers and the verb alone, when each reads as an organisation
    const [alone] = await records('# 平台\n## 星链平台：壬集团开发，主要面向金融行业。\n')
    expect(alone && summary(alone)).toMatchObject({name: '星链平台', leads: ['壬集团']})
    const [vague] = await records('# 平台\n## 星链平台：多方共同开发，主要面向金融行业。\n')
    expect(vague && summary(vague)).toMatchObject({name: '星链平台', leads: []})
  })

  it('reads the examples a representative frame gives of a kind, and the aliases a later list adds', async () => {
    for (const after of representativeFrame.after) {
      const found = await records(`# 概况\n一类是${representativeFrame.before}星币、辰坊（以下简称 Chenfang）${after}源自技术社区的开源项目。\n`)
      expect(found.map(summary).map(({kind, name, aliases}) => [kind, name, aliases]), after).toEqual([['platform', '星币', []], ['platform', '辰坊', ['Chenfang']]])
    }
    // the phrase for the kind with its predicate after it in the clause
    for (const predicate of ['持续活跃', '不断涌现', '发展迅速']) {
      const found = await records(`# 概况\n在国际上，以 Wyvern 和 Kestrel 为代表的开源项目${predicate}。\n`)
      expect(found.map(summary).map(({name}) => name), predicate).toEqual(['Wyvern', 'Kestrel'])
    }
    // a phrase that goes on past the kind, a word holding the frame's character, a field: no records
    expect(await records('# 概况\n以星币为代表的区块链平台应用场景中遇到瓶颈。以数字支付为代表的方向陆续起步。\n')).toEqual([])
    for (const word of representativeFrame.notBefore) {
      const found = await records(`# 概况\n甲公司${word}星币为代表的开源项目。\n`)
      expect(found, word).toEqual([])
    }
    const [record] = await records('# 概况\n以星币为代表的开源项目不断涌现。主流的区块链平台主要有星币(Xingbi)、午链等。\n')
    expect(record && summary(record)).toMatchObject({name: '星币', aliases: ['Xingbi']})
  })

  it('dates a start by the opening clause when the verb of starting follows the subject', async () => {
    const found = await records('# 概况\n主流的区块链平台主要有星币(Xingbi)、午链等。2009 年初，星币网络正式上线运行。2010 年 5 月，午链开始测试。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['星币', '2009'], ['午链', null]])
    // an alliance starts when it is founded, not when it launches something
    const [alliance] = await records('# 概况\n星河联盟（Galaxy）成立于 2015 年。2016 年，星河联盟发布了一个平台。\n')
    expect(alliance && summary(alliance)).toMatchObject({name: '星河联盟', started: '2015'})
    // a verb with its object tells what the subject made (a version, a paper), not its own start
    const made = await records('# 概况\n星河链是一个开源的区块链平台。2019 年，星河链发布了 2.0 版本。2020 年，星河链发布了技术白皮书。\n')
    expect(made.map(summary).map(({name, started}) => [name, started])).toEqual([['星河链', null]])
    // a version released is no start of the thing (\`X 2.0 版本于 2019 年发布\`, \`X 最新的 V1.4 已于…正式发布\`)
    for (const version of ['2.0 版本', '最新的 V1.4', '新版本']) {
      const released = await records(`# 概况\n星河链是一个开源的区块链平台。星河链${version}于 2019 年 5 月正式发布。\n`)
      expect(released.map(summary).map(({name, started}) => [name, started]), version).toEqual([['星河链', null]])
    }
    const later = await records('# 概况\n星河链是一个开源的区块链平台。星河链于 2019 年发布了 2.0 版本。星河链在 2020 年推出了跨链功能。\n')
    expect(later.map(summary).map(({name, started}) => [name, started])).toEqual([['星河链', null]])
    // a place after the verb, or the noun a relative clause describes, is no object
    const placed = await records('# 联盟\n\n* 星岚联盟：2017 年 3 月成立于杭州，现有成员包括甲银行、乙证券。\n\n# 项目\n\n2018 年 2 月 8 日正式上线的 Wirra（World Ledger）项目，想要打造众筹平台。\n')
    expect(placed.map(summary).map(({name, started}) => [name, started])).toEqual([['星岚联盟', '2017-03'], ['Wirra', '2018-02-08']])
  })

  it('counts the members a list of them counts, and reads no parts of a platform as its participants', async () => {
    for (const opener of memberListOpeners) {
      const [record] = await records(`# 联盟\n## 星河联盟：2018 年 3 月 12 日在杭州创立，${opener}甲银行、乙证券等 25 家公司与机构。\n`)
      expect(record && summary(record), opener).toMatchObject({joiners: ['甲银行', '乙证券'], count: 25})
    }
    const [platform] = await records('# 平台\n## 锯齿链：包括 Arcade、Core 等组件，由丁芯片牵头推动并持续维护的账本平台。\n')
    expect(platform && summary(platform)).toMatchObject({name: '锯齿链', joiners: []})
    // joining is said of a platform too
    const [joined] = await records('# 平台\n## 锯齿社区：由甲基金会管理，包括乙科技、丙咨询等多家企业参与成立。\n')
    expect(joined && summary(joined)).toMatchObject({joiners: ['乙科技', '丙咨询']})
  })

  it('makes no record of a generic phrase behind a word that narrows it without naming anyone', async () => {
    for (const modifier of genericModifiers) {
      expect(await records(`# 概况\n甲银行、乙证券等发起成立的${modifier}区块链联盟（简称“某盟”）逐步壮大。\n`), modifier).toEqual([])
    }
  })

  it('reads a Latin name right after the phrase for its kind, but no technical term', async () => {
    const [record] = await records('# 概况\n2016 年，甲科技发布了为金融机构定制的区块链技术平台 Nova Ledger，并于 2017 年开源。\n')
    expect(record && summary(record)).toMatchObject({kind: 'platform', name: 'Nova Ledger', leads: ['甲科技'], started: '2016'})
    for (const term of technicalTerms) {
      expect(await records(`# 概况\n甲公司推出的区块链服务平台 ${term} 接口很好用。\n`), term).toEqual([])
    }
  })

  it('gives a phrase the subject its possessive points back at as its maker', async () => {
    const [record] = await records(`# 概况\n其中，星海所在 2014 年 11 月 20 日表示已借助${possessive.word}基于区块链的结算平台 Linqa 完成了首次结算。\n`)
    expect(record && summary(record)).toMatchObject({name: 'Linqa', leads: ['星海所'], started: null})
    for (const word of possessive.notIn) {
      const [other] = await records(`# 概况\n星海所表示已借助${word}基于区块链的结算平台 Linqa 完成了首次结算。\n`)
      expect(other && summary(other), word).toMatchObject({name: 'Linqa', leads: []})
    }
  })

  it('takes the marker of the agent and adverbs off the founders of a relative clause', async () => {
    const [record] = await records('# 概况\n2018 年 3 月，由甲研究院、乙大学等 30 余家单位共同发起的南湾区块链联盟在深圳成立。\n')
    expect(record && summary(record)).toMatchObject({name: '南湾区块链联盟', leads: ['甲研究院', '乙大学'], started: '2018-03'})
  })

  it('reads a name right after the phrase for its kind, made by the subject of its clause', async () => {
    // (what a verb of giving is followed by hosts a project: \`贡献到星海社区\`, in the mention reader's tests)
    for (const verb of launchVerbs.filter((word) => !givingVerbs.includes(word))) {
      const [record] = await records(`# 概况\n2019 年，未科技联合申银行${verb}了金融级区块链平台酉星链。\n`)
      expect(record && summary(record), verb).toMatchObject({kind: 'platform', name: '酉星链', leads: ['未科技', '申银行'], started: '2019'})
    }
    // an alliance is founded, not launched
    expect(await records('# 概况\n2019 年，未科技推出了产业联盟星河联盟。\n')).toEqual([])
  })

  it('makes a record of a name that opens a sentence about its members', async () => {
    const [counted] = await records('# 概况\n截至 2020 年底，午星联盟成员数量达到 210 家。\n')
    expect(counted?.memberCount).toMatchObject({value: 210, qualifier: 'exact', asOf: '2020'})
    for (const verb of attractingVerbs) {
      const [record] = await records(`# 概况\n目前，己星联盟已${verb}庚科技、辛银行等 120 余家会员单位。\n`)
      expect(record && summary(record), verb).toMatchObject({name: '己星联盟', joiners: ['庚科技', '辛银行'], count: 120})
    }
    // a name that opens a sentence about something else is no record
    expect(await records('# 概况\n己星联盟成员众多，影响很大。\n')).toEqual([])
  })

  it('reads a date before a place of some words and the verb of starting, and keeps the most exact', async () => {
    const [record] = await records('# 概况\n主流的区块链平台主要有 Nova、Vega 等。Nova 于 2016 年 11 月 30 日在 Github 代码托管网站上正式开源。Nova 于 2016 年 11 月正式开源。\n')
    expect(record && summary(record)).toMatchObject({name: 'Nova', started: '2016-11-30'})
  })

  it('takes a short name as the subject that launched or founded, but no pronoun, crowd or predicate', async () => {
    const [launched] = await records('# 概况\n2018 年 4 月，腾星推出了区块链服务平台“TBaaS”，为企业提供服务。\n')
    expect(launched && summary(launched)).toMatchObject({name: 'TBaaS', leads: ['腾星'], started: '2018-04'})
    // a one-character word second in a name is part of it: 为 in 丰为
    const [founded] = await records('# 概况\n2019 年，丰为联合甲银行成立了鲲鹏区块链联盟。\n')
    expect(founded && summary(founded)).toMatchObject({name: '鲲鹏区块链联盟', leads: ['丰为', '甲银行']})
    for (const word of notSubjects.filter((each) => [...each].length <= 4)) {
      const [record] = await records(`# 概况\n2018 年，${word}推出了区块链服务平台“星火云”。\n`)
      // (no maker, no record of a quoted name either)
      expect(record?.leads ?? [], word).toEqual([])
    }
  })

  it('points an anaphor at nothing a section before named', async () => {
    const found = await records('# 概况\n## 账本\n星河账本（Nova）是一个开源的分布式账本平台。\n## 以太坊\n以太坊项目的目标是打造一个平台。该平台由甲先生于 2013 年提出。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['星河账本', [], null]])
  })

  it('takes no description after a dash for a name, and no generic phrase with a Latin term for one', async () => {
    expect(await records('# 概况\n我们的平台——一个去中心化的交易平台，为用户提供服务。平台 API 接口采用 RESTful 风格。\n')).toEqual([])
    expect(await records('# 概况\n甲公司推出了交易平台——高效的交易平台。\n')).toEqual([])
  })

  it('reads a start told before the text says what its subject is, unless the text gives one itself', async () => {
    const [early] = await records('# 概况\n2009 年初，星币网络正式上线运行。\n主流的区块链平台主要有星币(Xingbi)、午链等。\n')
    expect(early && summary(early)).toMatchObject({name: '星币', started: '2009'})
    const [given] = await records('# 概况\n2009 年初，星币网络正式上线运行。\n主流的区块链平台主要有星币(Xingbi)、午链等。星币于 2008 年发布。\n')
    expect(given && summary(given)).toMatchObject({name: '星币', started: '2008'})
  })

  it('reads a clause that only says who led as the leads of its subject', async () => {
    for (const adverb of verbAdverbs) {
      const [record] = await records(`# 联盟\n## 北辰联盟（Polaris）：成立于 2017 年 3 月，由丙科技${adverb}。\n`)
      expect(record && summary(record), adverb).toMatchObject({name: '北辰联盟', leads: ['丙科技'], started: '2017-03'})
    }
  })

  it('lists members after every verb of listing, with or without an adverb before it', async () => {
    for (const verb of memberListVerbs) {
      for (const adverb of ['', ...memberListAdverbs]) {
        const [record] = await records(`# 联盟\n## 星河联盟：星河联盟成立于 2016 年。至今，该联盟成员${adverb}${verb}甲银行、乙证券等七十余家机构。\n`)
        expect(record && summary(record), `${adverb}${verb}`).toMatchObject({joiners: ['甲银行', '乙证券'], count: 70})
      }
    }
  })

  it('reads a project given to a community as launched then by its makers', async () => {
    const [record] = await records('# 概况\n星桥（Xingqiao）项目是一个开源的区块链平台。星桥项目由甲科技团队于 2017 年 1 月贡献到星海社区，主要基于 Go 语言编写。\n')
    // (the team of an organisation is the organisation)
    expect(record && summary(record)).toMatchObject({kind: 'platform', name: '星桥', leads: ['甲科技'], started: '2017-01'})
    const [given] = await records('# 平台\n## 星桥项目：星桥项目由甲科技团队于 2017 年 1 月捐赠给乙基金会。\n')
    expect(given && summary(given)).toMatchObject({kind: 'platform', name: '星桥项目', leads: ['甲科技'], started: '2017-01'})
  })

  it('takes verbs joined before the relative marker off the makers of a copula', async () => {
    const [record] = await records('# 概况\n星河链是甲科技自主研发并开源的区块链底层平台。\n')
    expect(record && summary(record)).toMatchObject({kind: 'platform', name: '星河链', leads: ['甲科技']})
  })

  it('makes a record of a name that opens its sentence followed at once by its makers', async () => {
    for (const agent of agentMarkers) {
      const [record] = await records(`# 概况\n北斗账本${agent}乙公司牵头研发，于 2018 年正式发布。\n`)
      expect(record && summary(record), agent).toMatchObject({kind: 'platform', name: '北斗账本', leads: ['乙公司'], started: '2018'})
    }
    // not in the middle of a sentence, nor inside the entry of a name it starts with
    expect(await records('# 概况\n甲公司表示，北斗账本由乙公司牵头研发。\n')).toEqual([])
    const entry = await records('# 平台\n## 星云：星云商业级区块链云平台由丙科技推出。\n')
    expect(entry.map(summary).map(({name, leads}) => [name, leads])).toEqual([['星云', ['丙科技']]])
  })

  it('heads a section about a kind with each word that alone can, and reads its entries as that kind', async () => {
    for (const [kind, words] of Object.entries(bareSectionWords)) {
      for (const word of words) {
        const [record] = await records(`# ${word}\n## 星河组织：2016 年由甲银行发起。\n`)
        expect(record && [record.kind, record.name, record.leads.map((party) => party.name)], word).toEqual([kind, '星河组织', ['甲银行']])
      }
    }
  })

  it('reads the makers of an entry whose text opens by saying whose it is, when each reads as an organisation', async () => {
    const found = await records('## 典型项目\n\n*   **Project Vela**：甲国央行与乙国央行的联合研究项目，对比了两种系统。\n*   **Lyra**：国内领先的区块链平台，性能优异。\n*   **Orion**：丙科技的区块链平台。\n', 'sources/own.md')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['Project Vela', ['甲国央行', '乙国央行']],
      ['Lyra', []],
      ['Orion', ['丙科技']]
    ])
  })

  it('reads who works with a platform as taking part in it, when each reads as an organisation; not an alliance\'s partners', async () => {
    const [platform] = await records('## 概况\n\n星河链平台由甲科技推出。该平台已与乙银行、丙证券等 20 多家机构开展合作。\n', 'sources/own.md')
    expect(platform && summary(platform)).toMatchObject({name: '星河链平台', leads: ['甲科技'], joiners: ['乙银行', '丙证券']})
    const [systems] = await records('## 概况\n\n星河链平台由甲科技推出。该平台可与现有系统进行合作。\n', 'sources/own.md')
    expect(systems?.joiners).toEqual([])
    const [alliance] = await records('## 概况\n\n星河联盟由甲科技发起成立。该联盟与乙银行开展合作。\n', 'sources/own.md')
    expect(alliance?.joiners).toEqual([])
  })

  it('takes a relative clause before a sentence\'s subject as no part of its name', async () => {
    const found = await records('# 概况\n丁银行牵头成立的金桥联盟已有 150 多家成员。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: '金桥联盟', aliases: [], leads: ['丁银行'], joiners: [], started: null, count: 150}])
  })

  it('reads a service network as a platform, whose kind word keeps its suffix', async () => {
    const [record] = await records('# 概况\n星河服务网络（Galaxy Service Network，简称 GSN）由甲中心、乙移动等单位联合发起，于 2020 年 4 月正式商用。\n')
    expect(record && summary(record)).toMatchObject({kind: 'platform', name: '星河服务网络', aliases: ['Galaxy Service Network', 'GSN'], leads: ['甲中心', '乙移动'], started: '2020-04'})
    // no network of peers is a platform
    expect(await records('# 概况\nP2P 网络（Peer-to-Peer）是一种分布式网络。\n')).toEqual([])
  })

  it('reads what parties are of a record after 是…的: its leads or its joiners', async () => {
    for (const [role, words] of [['leads', roleWords.leads], ['joiners', roleWords.joiners]] as const) {
      for (const word of words) {
        for (const adverb of ['', ...roleWords.adverbs]) {
          const [record] = await records(`# 概况\n星河联盟（Galaxy）成立于 2016 年。甲银行、乙证券${adverb}是星河联盟的${word}${roleWords.oneOf[0]}。\n`)
          expect(record?.[role].map((party) => party.name), `${adverb}${word}`).toEqual(['甲银行', '乙证券'])
        }
      }
    }
    // a name of a kind the text had not named is a record; a phrase that is no name is none
    const [named] = await records('# 概况\n丁集团是北辰区块链联盟的创始成员。\n')
    expect(named && summary(named)).toMatchObject({name: '北辰区块链联盟', leads: ['丁集团']})
    expect(await records('# 概况\n丁集团是国内区块链联盟的创始成员。区块链是一种技术的成员。\n')).toEqual([])
  })

  it('gives an entry the kind its description gives it, and none in a section about companies', async () => {
    for (const [kind, words] of Object.entries(kindInDescription)) {
      for (const word of words) {
        const [record] = await records(`# 组织\n## Orion：总部位于杭州的金融${word}，专注研究。\n`)
        expect(record?.kind, word).toBe(kind)
      }
    }
    for (const section of organisationSections) expect(await records(`# ${section}\n## 星链：一家科技公司。\n`), section).toEqual([])
  })

  it('keeps one record for a name with and without a suffix', async () => {
    for (const suffix of nameSuffixes) {
      const found = await records(`# 概况\n甲基金会于 2014 年发起的Nova${suffix}（简称“Nova”）很有名。Nova（Novum）等开源平台发展迅速。\n`)
      expect(found.length, suffix).toBe(1)
    }
    // and is known by the name without the suffix, unless what is left is generic
    for (const suffix of nameSuffixes.filter((word) => mentionKindWords.platform.includes(word))) {
      const [record] = await records(`# 概况\n甲基金会于 2014 年发起的星河链${suffix}（简称“河链”）很有名。\n`)
      expect(record && [record.name, record.aliases], suffix).toEqual([`星河链${suffix}`, ['河链', '星河链']])
    }
    const [generic] = await records('# 概况\n甲基金会于 2014 年发起的星河区块链平台（简称“河链”）很有名。\n')
    expect(generic?.aliases).toEqual(['河链'])
  })

  it('names no organisation with a category noun and words that narrow it', async () => {
    for (const head of categoryHeads) {
      const [record] = await records(`# 平台\n## 星链平台：该平台由甲科技和${categoryModifiers[0]}${head}开发。\n`)
      expect(record?.leads.map((party) => party.name), head).toEqual(['甲科技'])
    }
    for (const modifier of categoryModifiers) {
      const [record] = await records(`# 平台\n## 星链平台：该平台由甲科技和${modifier}企业开发。\n`)
      expect(record?.leads.map((party) => party.name), modifier).toEqual(['甲科技'])
    }
  })

  it('reads the facts of a sentence that names one record, outside any entry', async () => {
    const [record] = await records('# 概况\n例如，甲银行、乙证券等共同发起成立的星河链联盟（简称“星链盟”），于 2018 年 3 月在杭州成立，目前成员已超过 60 家。\n')
    expect(record && summary(record)).toMatchObject({name: '星河链联盟', started: '2018-03', count: 60})
  })

  it('reads what a sentence says its subject is, who made it and when', async () => {
    const [record] = await records('# 概况\n庚云链是辛科技于 2018 年推出的企业级区块链服务平台，已有众多用户。\n')
    expect(record && summary(record)).toMatchObject({kind: 'platform', name: '庚云链', leads: ['辛科技'], started: '2018'})
  })

  it('takes the party of a clause led by 由 before the list, and every name of one parenthesis', async () => {
    const [record] = await records('# 概况\n另外，由丁银行牵头，联合戊证券、己保险等机构组建的东海链联盟（East Sea Alliance，以下简称“东海盟”）于 2018 年成立。\n')
    expect(record && summary(record)).toMatchObject({leads: ['丁银行', '戊证券', '己保险'], aliases: ['East Sea Alliance', '东海盟'], started: '2018'})
  })

  it('counts no founders as members, and a count as of a date replaces an earlier one', async () => {
    for (const word of foundingCountWords) {
      const [record] = await records(`# 联盟\n## 星河联盟：该联盟于 2017 年成立，${word}成员 32 家。截至 2019 年底，该联盟成员已超过 120 家。\n`)
      expect(record?.memberCount, word).toMatchObject({value: 120, qualifier: 'over', asOf: '2019'})
    }
  })

  it('reads a clause whose subject founds the name after its verb, or the company whose entry it is', async () => {
    const found = await records('# 概况\n2016 年，甲银行牵头成立“星河链联盟”，推动金融应用。此后，乙证券于 2017 年发起成立北辰区块链联盟。\n')
    // a sentence that opens with nothing but a date dates the founding it tells of
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['星河链联盟', ['甲银行'], '2016'], ['北辰区块链联盟', ['乙证券'], '2017']])
    expect(await records('# 概况\n各方积极推动成立区块链联盟（简称“某盟”）。\n')).toEqual([])
    const [entry] = await records('# 企业\n## 丙科技：2016 年牵头成立“星河盟”，服务金融行业。\n# 组织\n## 星河合作联盟（星河盟）：2016 年 5 月 31 日在杭州创立。\n')
    expect(entry && summary(entry)).toMatchObject({name: '星河合作联盟', aliases: ['星河盟'], leads: ['丙科技'], started: '2016-05-31'})
  })

  it('names no developer after a programming language', async () => {
    for (const word of notOrganisations) {
      const [record] = await records(`# 平台\n## 星链平台：该平台由 ${word} 和甲科技开发。\n`)
      expect(record?.leads.map((party) => party.name), word).toEqual(['甲科技'])
    }
  })

  it('gives a platform named after a dash the organisation whose sentence launched it', async () => {
    const [record] = await records('# 概况\n例如，甲科技于 2017 年成立了乙实验室，开展研究，并推出了首个区块链服务平台——星云（Nebula）。\n')
    expect(record && summary(record)).toMatchObject({kind: 'platform', name: '星云', aliases: ['Nebula'], leads: ['甲科技']})
    // no verb of launching before the phrase: the subject is not the maker
    const [named] = await records('# 概况\n甲科技评测了多个产品，其中包括区块链服务平台——星云（Nebula）。\n')
    expect(named && summary(named)).toMatchObject({name: '星云', leads: []})
  })

  it('reads a kind of record a caller registers, with its words, as it reads alliances', async () => {
    const registry = withExchanges
    const text = '# 概况\n2019 年，甲银行、乙证券等共同发起成立的星河数字资产交易所（简称“星交所”）开始运营。截至 2020 年底，该交易所会员已超过 40 家。\n'
    const {file} = await runPipeline(text, 'sources/test.txt', 'test', registry)
    const [record] = (file as VFile).data.records ?? []
    expect(record && summary(record)).toEqual({kind: 'exchange', name: '星河数字资产交易所', aliases: ['星交所'], leads: ['甲银行', '乙证券'], joiners: [], started: null, count: 40})
    // the registry gives it a table of its own: the record is written there, not into another kind's
    expect((file as VFile).data.dataset).toMatchObject({alliances: [], platforms: [], exchanges: [{name: '星河数字资产交易所', founders: [{name: '甲银行'}, {name: '乙证券'}]}]})
    // without the entry, the same text names nothing
    expect(await records(text)).toEqual([])
  })
})

describe('project pages', () => {
  it('take a Latin heading in a section about a kind as a record when its paragraph opens with its makers', async () => {
    const found = await records('## 顶级项目\n\n### Grevillea\n\n由丁基金会发起，主要面向去中心化身份场景。\n\n## 性能\n\n### Throughput\n\n由于网络延迟，吞吐量有限。\n', 'sources/projects.md')
    expect(found.map(summary).map(({name, leads}) => [name, leads])).toEqual([['Grevillea', ['丁基金会']]])
  })

  it('take a status tag after a name off the name, in a list entry and in a heading', async () => {
    const listed = await records('## 开源项目一览\n\n- [Nova](https://example.org/nova) [Archived]：面向物流的账本工具，由甲公司和乙科技共同开发，2018 年 12 月捐赠给社区。\n', 'sources/projects.md')
    expect(listed.map(summary).map(({name, leads, started}) => ({name, leads, started}))).toEqual([{name: 'Nova', leads: ['甲公司', '乙科技'], started: '2018-12'}])
    const headed = await records('## 开源项目一览\n\n### Vega 项目 [Labs/Archived]\n\nVega 项目由丙基金会于 2019 年 5 月提交到社区。\n', 'sources/projects.md')
    expect(headed.map((record) => record.name)).toEqual(['Vega 项目'])
    // brackets that are no status stay: they may be part of a name
    expect((await records('## 开源项目一览\n\n- Orion [X]：由丁公司开发。\n', 'sources/projects.md')).map((record) => record.name)).toEqual(['Orion [X]'])
  })

  it('name no developer in a language, nor in a verb that heads a noun', async () => {
    const [record] = await records('# 概况\n星桥（Xingqiao）项目是一个开源的区块链平台。该项目主要由 Python 语言开发，由丙基金会牵头进行维护。\n')
    expect(record?.leads.map((party) => party.name)).toEqual([])
    const none = await records('# 概况\n新项目应当由提案人写明其目标、边界和开发计划等事项。\n')
    expect(none.map((found) => found.leads.map((party) => party.name))).toEqual([])
  })

  it('read the developer behind an adverb of how it led', async () => {
    const [record] = await records('# 概况\n星桥（Xingqiao）项目是一个开源的区块链平台。星桥项目由丙基金会牵头进行开发。\n')
    expect(record?.leads.map((party) => party.name)).toEqual(['丙基金会'])
    const [main] = await records('# 概况\n星桥（Xingqiao）是丁公司主要研发并开源的账本平台。\n')
    expect(main?.leads.map((party) => party.name)).toEqual(['丁公司'])
  })

  it('make no record of a fragment or a generic phrase', async () => {
    expect(await records('# 概况\n下文按时间列举这一节提到的代表项目和历史项目。\n')).toEqual([])
  })
})

describe('names set apart by quotes', () => {
  const read = async (text: string) => (await records(`# 概况\n${text}\n`)).map((record) => ({kind: record.kind, name: record.name, leads: record.leads.map((party) => party.name), started: record.started}))

  it('are records with the phrase for their kind after them, when the sentence says who made them', async () => {
    expect(await read('甲网站推出面向中小企业的非上市股份流转“星零”平台，主打当日交收。')).toEqual([{kind: 'platform', name: '星零', leads: ['甲网站'], started: null}])
    expect(await read('2017 年 3 月，乙金融服务有限公司联合几家城商行，共同推出“星票”产品，帮助小微企业贴现。')).toEqual([
      {kind: 'platform', name: '星票', leads: ['乙金融服务有限公司'], started: '2017-03'}
    ])
    expect(await read('“星链金融”区块链结算平台是由丙公司和丁公司共同推出的应收账款平台。')).toEqual([{kind: 'platform', name: '星链金融', leads: ['丙公司', '丁公司'], started: null}])
  })

  it('are nothing when no one is said to have made them, or the phrase after them names no kind', async () => {
    expect(await read('各地纷纷建设“双创”平台，推动区块链应用。')).toEqual([])
    expect(await read('这类“端对端”网络没有中心节点。')).toEqual([])
    expect(await read('戊公司推出了“交易即结算”的理念。')).toEqual([])
  })
})

describe('entries defined by their first words', () => {
  const names = async (text: string) => (await records(text, 'sources/guide.md')).map((record) => [record.kind, record.name])

  it('take the kind of a noun phrase alone in its clause, the sentence going on after it', async () => {
    const text = '## 新的支付业务\n\n* 星钱包：多币种数字钱包，没有银行卡也能给海外汇款。\n* 星薪：基于星币区块链的跨国薪酬发放平台，能够按天结算报酬。\n* 星付：新西兰初创公司，做门店收款业务。\n'
    expect(await names(text)).toEqual([['platform', '星钱包'], ['platform', '星薪']])
  })

  it('take no kind from a whole sentence, a clause that tells who, or a clause with a verb', async () => {
    const text = '## 操作\n\n* 清理：删除节点上闲置的全部链。\n* 星汇：由账本承担清算网络，实现即时到账。\n* 星桥：发布区块链钱包，供用户使用。\n'
    expect(await names(text)).toEqual([])
  })
})

describe('names after a dash, and what records run on', () => {
  const read = async (text: string, path?: string) =>
    (await records(text, path)).map((record) => ({name: record.name, leads: record.leads.map((party) => party.name), started: record.started, basedOn: record.basedOn}))

  it('read a name after a dash that follows a solution its maker launched, and the protocol it uses', async () => {
    expect(await read('# 概况\n2019 年 5 月，甲科技推出了基于区块链的跨境结算解决方案——Nova，该网络使用 Vega 协议，可在数秒内完成清算。\n')).toEqual([
      {name: 'Nova', leads: ['甲科技'], started: '2019-05', basedOn: ['Vega']},
      {name: 'Vega', leads: [], started: null, basedOn: []}
    ])
    // no maker, no record
    expect(await read('# 概况\n一种常见的解决方案——Nova，可在数秒内完成清算。\n')).toEqual([])
  })

  it('read the base an entry’s defining phrase names', async () => {
    expect(await read('## 新的支付业务\n\n* 星薪：基于星币区块链的跨国薪酬发放平台，能够按天结算报酬。\n', 'sources/guide.md')).toEqual([
      {name: '星薪', leads: [], started: null, basedOn: ['星币区块链']}
    ])
    // (a phrase that is the whole sentence; an article before it; a verb of making after the base, with its particle or alone;
    // the makers before the base, none of them the base)
    const entries = ['丁链：基于戊链开发的联盟链平台。', '丁链：一个基于戊链的联盟链平台。', '丁链：基于戊链构建，面向政务。', '丁链：由乙公司基于戊链开发的联盟链平台。']
    for (const entry of entries) {
      expect((await read(`## 平台\n\n* ${entry}\n`, 'sources/guide.md'))[0], entry).toEqual({name: '丁链', leads: entry.includes('乙公司') ? ['乙公司'] : [], started: null, basedOn: ['戊链']})
    }
    // (a technique it is built on is no base: \`哈希锁定\`, \`公证人机制\`)
    for (const technique of ['哈希锁定', '公证人机制']) {
      expect((await read(`## 平台\n\n* 丁链：基于${technique}的轻量级跨链工具。\n`, 'sources/guide.md'))[0]?.basedOn, technique).toEqual([])
    }
  })

  it('read the base a clause right after one that points back at the subject names (…，这是一个…平台，底层采用丙链)', async () => {
    expect(await read('# 概况\n海港银行于 2020 年 6 月推出了“港融链”，这是一个面向进出口企业的贸易金融服务平台，底层采用自主研发的海星链。\n')).toEqual([
      {name: '港融链', leads: ['海港银行'], started: '2020-06', basedOn: ['海星链']},
      // (what the makers made themselves to run it on is a record, theirs: records-from-facts)
      {name: '海星链', leads: ['海港银行'], started: null, basedOn: []}
    ])
    // (not one after a clause about something else)
    expect((await read('# 概况\n海港银行于 2020 年 6 月推出了“港融链”，各地纷纷效仿，底层采用丙链。\n'))[0]?.basedOn).toEqual([])
  })

  it('leave a record the text knew, named in a clause of what the subject uses (其底层采用了长岭链的共识模块), out of what the sentence says', async () => {
    expect(await read('# 概况\n长岭链是由长岭银行研发的联盟链平台。鹭岛链于 2021 年 5 月在开源社区发布，开发方为鹭岛数科，其底层采用了长岭链的共识模块。\n')).toEqual([
      {name: '长岭链', leads: ['长岭银行'], started: null, basedOn: []},
      {name: '鹭岛链', leads: ['鹭岛数科'], started: '2021-05', basedOn: []}
    ])
  })

  it('read more makers from a later clause of organisations and a verb of making alone (由甲统筹建设，乙承建)', async () => {
    expect(await read('# 概况\n北岭政务区块链基础平台（以下简称“北岭政务链”）由北岭市大数据管理局统筹建设，北岭市信息中心承建，于 2020 年 9 月正式上线运行。\n')).toEqual([
      {name: '北岭政务区块链基础平台', leads: ['北岭市大数据管理局', '北岭市信息中心'], started: '2020-09', basedOn: []}
    ])
    // (not one who keeps it running, nor a date)
    expect(await read('# 概况\n云岭链由甲公司开发，乙银行负责运营，2019 年上线。\n')).toEqual([{name: '云岭链', leads: ['甲公司'], started: '2019', basedOn: []}])
  })

  it('end a subject at the preposition of its base', async () => {
    expect(await read('# 概况\n2017 年 3 月，乙金融服务有限公司基于分布式账本同几家城商行合作，一起推出“星票”产品。\n')).toEqual([
      {name: '星票', leads: ['乙金融服务有限公司'], started: '2017-03', basedOn: []}
    ])
  })
})

describe('a record that starts another', () => {
  it('makes both records, the first the maker of the second', async () => {
    for (const text of ['星河开源项目也发起了 Vega 项目，以提供一套开源框架。', '除了商业的方案之外，星河开源项目也发起了 Vega 项目。']) {
      const found = (await records(`# 概况\n${text}\n`)).map((record) => [record.kind, record.name, record.leads.map((party) => party.name)])
      expect(found, text).toEqual([['platform', '星河开源项目', []], ['platform', 'Vega 项目', ['星河开源项目']]])
    }
  })

  it('makes nothing of a clause whose maker or product is no name', async () => {
    expect(await records('# 概况\n该项目也发起了 Vega 项目。\n')).toEqual([])
    expect(await records('# 概况\n星河开源项目也发起了开源项目。\n')).toEqual([])
  })
})

describe('names in bold', () => {
  const read = async (text: string) =>
    (await records(text, 'sources/chapter.md')).map((record) => ({kind: record.kind, name: record.name, leads: record.leads.map((party) => party.name), started: record.started}))

  it('are records after a verb of launching whose subject the sentence names', async () => {
    expect(await read('## 支付\n\n2019 年 2 月，甲银行推出了基于许可账本的 **Nova Coin**，供集团客户内部调拨资金。\n')).toEqual([
      {kind: 'platform', name: 'Nova Coin', leads: ['甲银行'], started: '2019-02'}
    ])
  })

  it('are nothing without a maker, or when the bold words are no name', async () => {
    expect(await read('## 支付\n\n这类方案通常基于 **许可链**，用于机构之间的结算。\n')).toEqual([])
    expect(await read('## 支付\n\n乙银行推出了 **全新的、高效的支付体验！**\n')).toEqual([])
  })
})

describe('names as English writes them, and public bodies', () => {
  it('read a Latin name opened by its kind word, and a public body with its country', async () => {
    const found = await records('## 国际案例\n\n* **Project Vega（星洲试点）**：由马来西亚证券委员会（SC） 主导，试验账本在证券交收中的用法。\n', 'sources/cases.md')
    expect(found.map((record) => [record.kind, record.name, record.leads.map((party) => [party.name, party.country])])).toEqual([['platform', 'Project Vega', [['马来西亚证券委员会', 'MY']]]])
  })

  it('keep a country as a descriptor before a company’s own name', async () => {
    const [record] = await records('# 概况\n星桥（Xingqiao）项目是由日本星海集团开发的区块链平台。\n')
    expect(record?.leads.map((party) => [party.name, party.country])).toEqual([['星海集团', 'JP']])
  })
})

describe('sentences that say the same things another way', () => {
  it('reads a founding whose subject is a crowd: the start, and no founder', async () => {
    const crowds = ['30 家企业联合', '来自物流、能源等行业的十余家机构共同', '多家单位']
    for (const crowd of crowds) {
      const [record] = await records(`# 概况\n2017 年 9 月，${crowd}组建了青岚区块链联盟。\n`)
      expect(record && summary(record), crowd).toMatchObject({kind: 'alliance', name: '青岚区块链联盟', leads: [], started: '2017-09'})
    }
    // inside a company's entry, a crowd is not the company
    const [entry] = await records('# 企业\n## 甲科技\n2019 年，二十家企业共同发起成立了白鹭联盟。\n')
    expect(entry && summary(entry)).toMatchObject({name: '白鹭联盟', leads: [], started: '2019'})
  })

  it('takes each adverb before the verb off the subject that founded', async () => {
    for (const adverb of verbAdverbs) {
      const [record] = await records(`# 概况\n2020 年 1 月，丙数据${adverb}发起成立了星岛产业联盟。\n`)
      expect(record?.leads.map((party) => party.name), adverb).toEqual(['丙数据'])
    }
  })

  it('gives no part of a relative clause before it to a name that opens a sentence with its launch', async () => {
    const [record] = await records('# 概况\n由 Vela Software 开发的 Tessera 平台于 2018 年发布。\n')
    expect(record && summary(record)).toMatchObject({name: 'Tessera 平台', aliases: ['Tessera'], leads: ['Vela Software'], started: '2018'})
  })

  it('reads what a copula’s defining phrase says its subject is based on, with its makers before it', async () => {
    const found = await records('# 概况\nSolen 是甲银行开发的一个基于星币的企业级区块链。Tarn 是一个基于星币的许可链平台，由乙科技开发。Vire 是一种基于共识算法的数据库。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.basedOn])).toEqual([
      ['Solen', ['甲银行'], ['星币']],
      ['Tarn', ['乙科技'], ['星币']]
    ])
  })

  it('reads a Latin name before a head only names set apart take as a product, when the sentence says who made it', async () => {
    const found = await records('# 概况\n2016 年，Orion Labs 发布了 Lumen 网络。Nova 网络由 Vega Labs 于 2017 年发布。Helios 项目于 2019 年 5 月启动，由甲研究院主导。\n')
    expect(found.map(summary).map(({name, aliases, leads, started}) => [name, aliases, leads, started])).toEqual([
      ['Lumen', [], ['Orion Labs'], '2016'],
      ['Nova 网络', ['Nova'], ['Vega Labs'], '2017'],
      ['Helios 项目', ['Helios'], ['甲研究院'], '2019-05']
    ])
    // no maker, no record and no candidate; a word of the trade before the head is no name
    expect(await records('# 概况\n该系统采用了 Lumen 网络。甲公司推出了基于 TCP 协议的系统。\n')).toEqual([])
  })

  it('reads a founding announced after the parentheses a name declares its other names in', async () => {
    const found = await records('# 概况\n2017 年 2 月，企业星河联盟（Enterprise Nova Alliance，ENA）宣布成立。2017 年 5 月，白鹭联盟（EEB）正式成立。\n')
    expect(found.map(summary).map(({name, aliases, started}) => [name, aliases, started])).toEqual([
      ['企业星河联盟', ['Enterprise Nova Alliance', 'ENA'], '2017-02'],
      ['白鹭联盟', ['EEB'], '2017-05']
    ])
  })

  it('reads a copula whose phrase ends in a head only names set apart take when a later clause gives its makers', async () => {
    const found = await records('# 概况\nRaiden Pay 是一种链下支付通道网络，由丙团队开发。星云网络是一个去中心化的支付网络，由甲公司于 2018 年推出。Nova Pay 是一款跨境支付产品，由乙银行在 2019 年发布。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Raiden Pay', ['丙团队'], null],
      ['星云网络', ['甲公司'], '2018'],
      ['Nova Pay', ['乙银行'], '2019']
    ])
    // no makers, or a name that is only words of description before the head: nothing
    expect(await records('# 概况\n星云网络是一个去中心化的支付网络。支付网络是一个去中心化的网络，由甲公司推出。分布式网络是一种支付网络，由乙公司推出。\n')).toEqual([])
  })

  it('reads a subject made by an agent after a date between them (X 于 2016 年由甲开源)', async () => {
    const found = await records('# 概况\nSawlet 于 2016 年 4 月由甲科技开源。星光链于 2016 年由乙科技开源。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Sawlet', ['甲科技'], '2016-04'],
      ['星光链', ['乙科技'], '2016']
    ])
  })

  it('takes the count and the category of a list off its last party (甲、乙和丙三家机构)', async () => {
    const found = await records('# 概况\nJarrah 由甲科技、乙公司和丙研究院三家机构共同开发。Gidgee 由甲科技和乙公司 2 家企业联合推出。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([
      ['Jarrah', ['甲科技', '乙公司', '丙研究院']],
      ['Gidgee', ['甲科技', '乙公司']]
    ])
  })

  it('counts members after a verb of having when the count comes before the word for them (X联盟共有 200 余家成员单位)', async () => {
    for (const verb of memberHaving) {
      const [record] = await records(`# 概况\n截至 2020 年，丁联盟${verb} 200 余家成员单位。\n`)
      expect(record && summary(record), verb).toMatchObject({name: '丁联盟', count: 200})
    }
  })

  it('reads a Latin name in apposition to an article and the phrase for what it is (推出了 X，一个…平台), when the sentence says who made it', async () => {
    const found = await records('# 概况\n辛公司于 2019 年推出了 Wattle，一个面向中小企业的联盟链平台。2020 年，壬银行联合癸证券成立了 Banksia Alliance，一个跨境结算联盟。\n')
    expect(found.map(summary).map(({kind, name, leads, started}) => [kind, name, leads, started])).toEqual([
      ['platform', 'Wattle', ['辛公司'], '2019'],
      ['alliance', 'Banksia Alliance', ['壬银行', '癸证券'], '2020']
    ])
    // no maker, or a word of the trade: nothing
    expect(await records('# 概况\n本文讨论 Wattle，一个面向中小企业的联盟链平台。甲公司采用了 PBFT，一种共识协议。\n')).toEqual([])
  })

  it('reads a subject past a clause of whose support or guidance it acted under, and a list closed by 等 and a category', async () => {
    for (const after of ['支持下', '指导下', '推动下']) {
      const [record] = await records(`# 概况\n2019 年 4 月 12 日，在丙部门的${after}，丁研究院联合戊科技等单位成立了星槎联盟。\n`)
      expect(record && summary(record), after).toMatchObject({name: '星槎联盟', leads: ['丁研究院', '戊科技'], started: '2019-04-12'})
    }
    const [founded] = await records('# 概况\n紫金链盟由甲银行、乙证券于 2017 年联合倡导建立。\n')
    expect(founded && summary(founded)).toMatchObject({name: '紫金链盟', leads: ['甲银行', '乙证券'], started: '2017'})
  })

  it('reads a name whose own verb tells its start, the date after the verb or before it, a Latin name alone as launched', async () => {
    const found = await records('# 概况\nYarrow 项目始于 2016 年，由甲基金会支持。Wombat 链诞生于 2009 年。Bilby 的主网于 2020 年 3 月上线。Dunnart 平台创立于 2017 年 5 月。Quoll 于 2016 年发布。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([
      ['Yarrow 项目', '2016'],
      ['Wombat 链', '2009'],
      ['Bilby', '2020-03'],
      ['Dunnart 平台', '2017-05'],
      ['Quoll', '2016']
    ])
    for (const word of bornVerbs) {
      const [record] = await records(`# 概况\nKowari 网络${word}于 2019 年。\n`)
      expect(record && summary(record), word).toMatchObject({name: 'Kowari 网络', started: '2019'})
    }
    // a Latin name a verb of founding starts is an organisation's; a verb with its object after it is the subject's deed
    expect(await records('# 概况\nAcme Labs 于 2015 年成立。Orion 于 2015 年推出了新版本。Acme Labs 成立于 2011 年。\n')).toEqual([])
  })

  it('reads the launch of the main network of a name with the date opening the sentence, and no launch of anything else so', async () => {
    const found = await records('# 历史\n2015 年 7 月 30 日，Vireo 主网正式上线。2018 年，Tamarin 的主网上线。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([
      ['Vireo', '2015-07-30'],
      ['Tamarin', '2018']
    ])
    // a product its owner names, launched with the date opening the sentence: the owner made it
    const [owned] = await records('# 案例\n2019 年 8 月，甲科技票据服务平台上线运营，次年发布 2.0 版本。\n')
    expect(owned && summary(owned)).toMatchObject({name: '甲科技票据服务平台', leads: ['甲科技'], started: '2019-08'})
    // a Latin name with its head, launched with the date opening the sentence
    const [headed] = await records('# 历史\n2009 年 1 月，Wombat 网络正式上线。\n')
    expect(headed && summary(headed)).toMatchObject({name: 'Wombat 网络', started: '2009-01'})
    // the name alone launched with no date in its clause, or its test network, makes no record
    expect(await records('# 历史\n2016 年，Vireo 正式上线。2017 年，Tamarin 测试网正式上线。\n')).toEqual([])
  })

  it('reads a later clause that opens with a name of a kind and what it did as a sentence of its own', async () => {
    const found = await records('# 概况\nWarrah 项目最初由甲研究院于 2013 年提出。目前，Warrah 由乙基金会负责维护，星桥联盟（Star Bridge Alliance，SBA）成立于 2017 年 3 月，已有超过 150 家成员。\n')
    expect(found.map(summary).map(({name, started, count}) => [name, started, count])).toEqual([
      ['Warrah 项目', '2013', null],
      ['星桥联盟', '2017-03', 150]
    ])
    // a clause that opens with the subject's own name, or with no name, stays the sentence's; a sentence that opens with no subject is not split
    expect(await records('# 概况\n甲公司表示，北斗账本由乙公司牵头研发。\n')).toEqual([])
    const [one] = await records('# 概况\n星桥联盟由甲银行发起，星桥联盟于 2017 年成立，成员已有 40 家。\n')
    expect(one && summary(one)).toMatchObject({name: '星桥联盟', leads: ['甲银行'], started: '2017', count: 40})
  })

  it('reads the makers of a name after a verb from the subject of the verb clause, the sentence subject when it has none', async () => {
    const found = await records('# 平台\n己公司于 2018 年 4 月发布了“蓝海链”，庚集团推出了区块链平台 Wyvern。辛公司于 2019 年成立，并推出了区块链平台 Kestrel。\n')
    expect(found.map(summary).map(({name, leads}) => [name, leads])).toEqual([['蓝海链', ['己公司']], ['Wyvern', ['庚集团']], ['Kestrel', ['辛公司']]])
  })

  it('reads a name in the script ending in a head only names set apart take, after a verb of launching, when it is named again', async () => {
    const [made] = await records('# 平台\n甲银行与乙科技联合打造了星桥清算系统，该系统于 2019 年 6 月正式上线。\n')
    expect(made && summary(made)).toMatchObject({name: '星桥清算系统', leads: ['甲银行', '乙科技'], started: '2019-06'})
    const [again] = await records('# 平台\n丙公司推出了云岭结算网络。云岭结算网络已连接 40 家机构。\n')
    expect(again && summary(again)).toMatchObject({name: '云岭结算网络', leads: ['丙公司']})
    // words that only say what it does, a name no clause points back at nor the text names again: none
    expect(await records('# 平台\n丙公司推出了跨境支付网络，该网络于 2019 年上线。\n')).toEqual([])
    expect(await records('# 平台\n丙公司推出了电子存证系统，该系统于 2019 年上线。\n')).toEqual([])
    expect(await records('# 平台\n丙公司推出了云岭结算网络，用户可以在线结算。\n')).toEqual([])
  })

  it('reads a Latin name with a kind word that a verb of launching governs as made by the subject of its clause', async () => {
    const [made] = await records('# 平台\n丙证券、丁基金等机构于 2020 年正式发布 Corvid 平台。\n')
    expect(made && summary(made)).toMatchObject({name: 'Corvid 平台', leads: ['丙证券', '丁基金'], started: '2020'})
    // a verb further back, or no organisation as the subject: none
    expect(await records('# 平台\n甲公司开源技术已经宣布加入 Corvid 项目。\n')).toEqual([])
    expect(await records('# 平台\n近年来正式发布 Corvid 平台。\n')).toEqual([])
  })

  it('reads the organisations that open a clause joining a record of a kind whose joiners are members as its members', async () => {
    const found = await records('# 概况\n紫荆链盟于 2018 年成立。2019 年 8 月，癸银行宣布加入紫荆链盟。此外，子证券、丑保险已加入紫荆链盟。\n')
    expect(found.map(summary).map(({name, joiners, started}) => [name, joiners, started])).toEqual([['紫荆链盟', ['癸银行', '子证券', '丑保险'], '2018']])
    // no organisation opens the clause, or a platform is joined: no members
    expect(await records('# 概况\n会议认为，加入紫荆链盟有利于发展。\n')).toEqual([])
    // one who becomes a member of it, the word for members after its name
    const [became] = await records('# 概况\n2019 年，寅银行正式成为紫荆链盟成员。\n')
    expect(became && summary(became)).toMatchObject({name: '紫荆链盟', joiners: ['寅银行'], started: null})
    expect(await records('# 概况\n这使紫荆链盟成为业内标杆。\n')).toEqual([])
    // a founder before the joining word is one of the founders
    const [founded] = await records('# 概况\n庚研究所牵头联合辛大学、壬科技等 50 余家单位发起成立了青鸟区块链联盟。\n')
    expect(founded && summary(founded)).toMatchObject({name: '青鸟区块链联盟', leads: ['庚研究所', '辛大学', '壬科技']})
  })

  it('reads the makers, date and base of a Latin name after a long phrase for its kind that a verb of launching governs', async () => {
    const [made] = await records('# 概况\n2018 年，甲银行推出了基于 Quill 的贸易金融平台 TradeX。\n')
    expect(made && summary(made)).toMatchObject({name: 'TradeX', leads: ['甲银行'], started: '2018'})
    expect(made?.basedOn).toEqual(['Quill'])
    // a technology is no base
    const [plain] = await records('# 概况\n2018 年，甲银行推出了基于区块链的贸易金融平台 TradeX。\n')
    expect(plain?.basedOn).toEqual([])
  })

  it('reads a founding told by its ceremony, an unveiling, or since when the body exists', async () => {
    const found = await records('# 概况\n2016 年 10 月，赤城区块链产业联盟成立大会在北京召开。2017 年 3 月，青川账本联盟正式揭牌。紫荆链盟自 2018 年成立以来，已发展会员 200 余家。\n')
    expect(found.map(summary).map(({name, started, count}) => [name, started, count])).toEqual([
      ['赤城区块链产业联盟', '2016-10', null],
      ['青川账本联盟', '2017-03', null],
      ['紫荆链盟', '2018', 200]
    ])
    // a date since when something else is done is no founding
    expect(await records('# 概况\n自 2016 年起，赤城区块链产业联盟每年发布一份报告。\n')).toEqual([])
  })

  it('reads what a later clause says its sentence subject is built on', async () => {
    const found = await records('# 概况\nDunnart 由乙大学研发，基于 Wombat 构建。Bilby 是丙公司推出的许可链平台，基于 Quoll 框架开发。Numbat 由丁公司研发，基于区块链技术构建。Tansy 由戊实验室开发，基于 Kestrel 共识引擎构建。\n')
    expect(found.map((record) => [record.name, record.basedOn])).toEqual([['Dunnart', ['Wombat']], ['Bilby', ['Quoll']], ['Numbat', []], ['Tansy', ['Kestrel']]])
  })

  it('reads no alliance of a union of states, which may still be a party', async () => {
    expect(await records('# 概况\n欧盟于 2018 年成立了欧洲区块链观察站。\n')).toEqual([])
    expect(await records('# 概况\n国际电信联盟于 2017 年成立了分布式账本焦点组。\n')).toEqual([])
    // (nor of an association that does something, unless the sentence says it was founded or has members)
    expect(await records('# 概况\n甲标准协会也于同年启动了区块链标准工作。\n')).toEqual([])
    expect((await records('# 概况\n甲标准协会成立于 2017 年。\n')).map(summary)).toMatchObject([{kind: 'alliance', name: '甲标准协会', started: '2017'}])
    const found = await records('# 概况\n2019 年，非盟与甲公司合作推出了 Wombat 平台。\n')
    expect(found.map(summary).map(({kind, name, leads}) => [kind, name, leads])).toEqual([['platform', 'Wombat 平台', ['非盟', '甲公司']]])
  })

  it('reads no subject of a copula that holds a predicate of its own, a Latin name inside it or not', async () => {
    expect(await records('# 平台\n此外，甲银行基于 Wyvern 构建了跨境结算平台乙是一款面向政务场景的区块链平台。\n')).toEqual([])
    // (its version is no part of its name)
    const [named] = await records('# 平台\nWyvern 2.0 是一款面向政务场景的区块链平台。\n')
    expect(named?.name).toBe('Wyvern')
  })

  it('reads a Latin name written with an English head and without it as one record, and no record of a phrase that only describes it', async () => {
    const found = await records('# 平台\n庚集团推出了企业级区块链平台 Wyvern Chain。\n')
    expect(found.map(summary).map(({name, leads}) => [name, leads])).toEqual([['Wyvern', ['庚集团']]])
  })

  it('reads a sentence about an organisation named after a record as none of the record facts', async () => {
    const [record, ...others] = await records('# 概况\nQuasar 是一个开源的分布式账本平台，由星海实验室于 2016 年提出。2018 年，Quasar 基金会成立，创始成员包括甲银行、乙证券等 12 家机构。\n')
    expect(others).toEqual([])
    expect(record && summary(record)).toMatchObject({name: 'Quasar', leads: ['星海实验室'], started: '2016'})
  })

  it('reads past the markers that cite numbered references between a name and what the sentence says of it', async () => {
    const found = await records('# 相关工作\nCorvid[7] 是一种基于星币的许可链平台，由乙公司于 2017 年发布。Quorra [9, 12] 是 Orion Labs 推出的企业级区块链平台。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['Corvid', ['乙公司'], '2017', ['星币']],
      ['Quorra', ['Orion Labs'], null, []]
    ])
  })

  it('reads the base a copula’s phrase says a thing uses or runs on, when it is a name (运行在 X 之上的, 使用 X 协议的); no technique nor place', async () => {
    const found = await records('# 平台\n星尘网络是一个运行在梧桐链之上的支付网络，由甲公司开发。萤火网络是一个使用 Orbit 协议的支付网络，由乙公司开发。\n')
    expect(found.map((record) => [record.name, record.basedOn])).toEqual([['星尘网络', ['梧桐链']], ['萤火网络', ['Orbit']], ['Orbit', []]])
    expect((await records('# 平台\n星尘网络是一个采用分层架构的支付网络，由甲公司开发。萤火网络是一个运行在云端的支付网络，由乙公司开发。\n')).map((record) => record.basedOn)).toEqual([[], []])
  })

  it('reads a Latin name before an English head only names set apart take, and finds it by the name with the head', async () => {
    const {file} = await runPipeline('# 概况\nLumen Foundation 于 2018 年推出了 Lumen Network。\n', 'sources/own.md', 'test', undefined, [])
    expect((file.data.records ?? []).map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['Lumen', ['Lumen Foundation'], '2018']])
    // the name with its head is the same record, no candidate
    expect((file.data.candidates ?? []).map((candidate) => candidate.name)).toEqual([])
  })

  it('reads entries of a Markdown list whose makers lead, and the date a project was given to its host', async () => {
    // (who maintains a project is not who made it: \`由乙基金会维护的\` names no maker)
    const text = '## 开源平台\n\n* [Yarra](https://example.org/yarra)：由乙基金会维护的公有链项目，2015 年 7 月上线。\n* `Darling`: 丁科技主导开发的许可链框架，于 2018 年发布。\n\n### Lachlan\n\nLachlan 项目由戊大学发起，2017 年贡献到星海社区。\n'
    const found = await records(text, 'sources/guide.md')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Yarra', [], '2015-07'],
      ['Darling', ['丁科技'], '2018'],
      ['Lachlan', ['戊大学'], '2017'],
      ['星海社区', [], null]
    ])
  })

  it('finds a project by its name with the name of the family it belongs to in front', async () => {
    const found = await records('# 概况\nOrrin 是一个开源项目，由甲基金会于 2015 年发起。Pell 是 Orrin 旗下的账本项目，于 2016 年发布。Orrin Pell 是由甲基金会发起创建的开源分布式账本。\n')
    expect(found.map((record) => record.name)).toEqual(['Orrin', 'Pell'])
  })
})

describe('examples of a kind’s products', () => {
  it('are records when their names hold a Latin name', async () => {
    const found = await records('# 概况\n近年已有团队发布了 BaaS 平台，除了商用的方案如甲云 Nimbus 和 Cirrus 之外，星河开源项目也发起了 Vega 项目。\n')
    // a Latin name after a Han one is its alias, as everywhere (\`乙联盟 B League\`)
    expect(found.map((record) => [record.kind, record.name, record.aliases])).toEqual([
      ['platform', '甲云', ['Nimbus']],
      ['platform', 'Cirrus', []],
      // (the name without the words that leave it whom it names, \`开源项目\`)
      ['platform', '星河开源项目', ['星河']],
      ['platform', 'Vega 项目', ['Vega']]
    ])
  })

  it('are nothing when they are words rather than names', async () => {
    expect(await records('# 概况\n常见的平台方案如私有部署和公有云托管之外，还有混合部署。\n')).toEqual([])
  })
})

describe('where and when between the makers and their verb', () => {
  it('leaves a place or an occasion after the date out of the makers', async () => {
    const found = await records('# 概况\n云杉网络由甲公司于 2016 年在杭州推出。白桦链由乙公司在 2018 年的一次技术大会上发布。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['云杉网络', ['甲公司'], '2016'],
      ['白桦链', ['乙公司'], '2018']
    ])
  })

  it('reads a date between the first maker and the joining word as the founding date', async () => {
    const [record] = await records('# 概况\n松涛联盟由甲科技于 2019 年 4 月联合乙银行、丙证券共同发起成立。\n')
    expect(record && summary(record)).toMatchObject({name: '松涛联盟', leads: ['甲科技', '乙银行', '丙证券'], started: '2019-04'})
  })

  it('keeps a bank’s word in a Latin name (Acme 公司 is Acme, Acme 银行 is the bank)', async () => {
    const [record] = await records('# 概况\n松涛联盟由 Acme 公司和 Vireo 银行于 2020 年共同发起成立。\n')
    expect(record && summary(record)).toMatchObject({leads: ['Acme', 'Vireo 银行']})
  })
})

describe('a possessive opening a sentence', () => {
  it('points at what the sentence before in the paragraph was about', async () => {
    const [record] = await records('# 概况\n松涛联盟成立于 2017 年 2 月；截至 2018 年底，其成员已超过 300 家。\n')
    expect(record && summary(record)).toMatchObject({name: '松涛联盟', started: '2017-02', count: 300})
  })

  it('points at nothing across paragraphs', async () => {
    const [record] = await records('# 概况\n松涛联盟成立于 2017 年 2 月。\n\n截至 2018 年底，其成员已超过 300 家。\n')
    expect(record && summary(record)).toMatchObject({name: '松涛联盟', count: null})
  })
})

describe('a start told by the first release', () => {
  it('reads the first version released as the start, any other thing released as something the subject made', async () => {
    const found = await records('# 概况\n云杉链于 2015 年 7 月发布了首个版本。白桦链在 2016 年 3 月发布其第一个正式版本。松涛链于 2017 年发布了星河钱包。柏树链于 2018 年发布了首个跨境应用。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([
      ['云杉链', '2015-07'],
      ['白桦链', '2016-03'],
      ['松涛链', null],
      ['柏树链', null]
    ])
  })

  it('reads a Han name with its Latin name in parentheses as a name of the launched kind', async () => {
    const found = await records('# 概况\n月坛（Moonchain）于 2015 年 7 月上线。此后，星坛（Starfold）在 2016 年发布其首个正式版本。甲公司（Acme）于 2015 年成立。\n')
    expect(found.map((record) => [record.kind, record.name, record.aliases, record.started])).toEqual([
      ['platform', '月坛', ['Moonchain'], '2015-07'],
      ['platform', '星坛', ['Starfold'], '2016']
    ])
  })
})

describe('a name the document glosses with a Latin name', () => {
  it('is of the kind its head says when a later sentence tells its start, where it happened aside', async () => {
    const found = await records('# 概况\n这种锁最早应用于雷霆网络（Thunder Network）。雷霆网络于 2018 年 3 月在星币主网上线测试版，由 Bolt Labs 等团队开发。\n')
    expect(found.map(summary).map(({kind, name, aliases, leads, started}) => [kind, name, aliases, leads, started])).toEqual([
      ['platform', '雷霆网络', ['Thunder Network', '雷霆'], ['Bolt Labs'], '2018-03']
    ])
  })

  it('is none when the gloss translates a term, or no gloss is given', async () => {
    expect(await records('# 概况\n点对点网络（Peer Network）于 2018 年上线。支付通道网络（Payment Channel Network）出现后，支付通道网络于 2018 年上线。\n')).toEqual([])
    expect(await records('# 概况\n雷霆网络于 2018 年 3 月上线。核心系统于 2019 年上线。\n')).toEqual([])
    // a term of the trade as the gloss: a term, no name
    expect(await records('# 概况\n拜占庭容错协议（BFT）于 1999 年提出，此后拜占庭容错协议被广泛应用。\n')).toEqual([])
  })
})

describe('what a record is built on, said of a part of it', () => {
  it('reads the base in a later clause after the name the sentence opens with', async () => {
    const [record] = await records('# 概况\nTessel 主网于 2020 年 5 月正式上线，基于 Wombat 框架构建。\n')
    expect(record && {...summary(record), basedOn: record.basedOn}).toMatchObject({name: 'Tessel', started: '2020-05', basedOn: ['Wombat']})
  })

  it('reads a part of the record between the pointer and the base, not any words', async () => {
    const found = await records('# 概况\nTessel 主网于 2020 年 5 月正式上线，其核心链基于 Wombat 构建。\n\nQuill 主网于 2021 年上线，其用户多来自基于 Numbat 构建的链。\n')
    expect(found.map((record) => [record.name, record.basedOn])).toEqual([
      ['Tessel', ['Wombat']],
      ['Quill', []]
    ])
  })

  it('gives the base of a named part (X 的核心链) to the record, and makes no record of the part', async () => {
    const found = await records('# 概况\nTessel 于 2020 年上线。Tessel 的核心链基于 Wombat 构建。\n')
    expect(found.map((record) => [record.name, record.basedOn])).toEqual([['Tessel', ['Wombat']]])
  })
})

describe('founders, members and names said in the way of reports', () => {
  it('reads who holds a founder’s role in a later clause (发起方为…)', async () => {
    const [record] = await records('# 概况\n岭南链盟成立于 2018 年 11 月，发起方为辛保险和壬物流。\n')
    expect(record && summary(record)).toMatchObject({name: '岭南链盟', leads: ['辛保险', '壬物流'], started: '2018-11'})
    // a crowd holds no role by name
    const [vague] = await records('# 概况\n岭南链盟成立于 2018 年 11 月，发起方为多家金融机构。\n')
    expect(vague && summary(vague)).toMatchObject({leads: []})
  })

  it('reads the members the bare word for an alliance has or took in, an adverb between', async () => {
    for (const verb of ['已吸纳', '已拥有', '目前有']) {
      const [record] = await records(`# 概况\n北辰区块链联盟成立于 2019 年。截至目前，联盟${verb}会员单位 86 家。\n`)
      expect(record && summary(record), verb).toMatchObject({name: '北辰区块链联盟', count: 86})
    }
  })

  it('reads a name of two characters when its makers follow it', async () => {
    const found = await records('# 概况\n寅链由卯大学与辰科技共同研发，2020 年 1 月上线主网。主链由核心团队开发。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['寅链', ['卯大学', '辰科技'], '2020-01']])
  })

  it('reads the Latin name after a phrase for a service network as the name, and the phrase as a name only with a short name declared', async () => {
    const found = await records('# 概况\n丑公司于 2018 年推出了面向金融机构的区块链服务网络 Kappa BaaS。\n\n区块链服务网络（XBN）于 2020 年 4 月正式商用，由甲中心等单位发起。\n\n区块链服务网络于 2021 年正式商用。\n')
    expect(found.map(summary).map(({name, aliases, leads, started}) => [name, aliases, leads, started])).toEqual([
      ['Kappa BaaS', [], ['丑公司'], '2018'],
      ['区块链服务网络', ['XBN'], ['甲中心'], '2020-04']
    ])
  })
})

describe('starts and bases in a guide’s sentences', () => {
  it('reads the base between the makers and their verb in what a copula says', async () => {
    const [record] = await records('# 概况\nQuorra 是甲银行基于 Quokka 开发的许可链平台，于 2016 年开源。\n')
    expect(record && {...summary(record), basedOn: record.basedOn}).toMatchObject({name: 'Quorra', leads: ['甲银行'], started: '2016', basedOn: ['Quokka']})
  })

  it('reads no start from an idea put forward, and the start a later verb of the sentence tells', async () => {
    const [record] = await records('# 概况\nQuokka 是一个开源的智能合约平台，最初由甲实验室在 2013 年底提出设想，并于 2015 年 7 月正式发布第一个版本。\n')
    expect(record && summary(record)).toMatchObject({name: 'Quokka', started: '2015-07'})
    const [paper] = await records('# 概况\nQuokka 是一个开源的智能合约平台，由甲实验室于 2013 年发布白皮书。\n')
    expect(paper && summary(paper)).toMatchObject({name: 'Quokka', started: null})
  })
})

describe('a translated paper’s history', () => {
  it('reads a coin glossed with its Latin name as a platform, a currency in general as none', async () => {
    const found = await records('# 概况\n域名币（Namecoin）创建于 2010 年，是一个去中心化的数据库。稳定币（Stablecoin）创建于 2014 年。\n')
    expect(found.map(summary).map(({name, aliases, started}) => [name, aliases, started])).toEqual([['域名币', ['Namecoin'], '2010']])
  })

  it('reads how a start happened between its date and its verb, and an example’s start in a later clause', async () => {
    const found = await records('# 概况\n元币的思想是构建一层协议，例如 Mastercoin 项目于 2013 年通过众筹启动。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['Mastercoin 项目', '2013']])
  })
})

describe('a start a later clause marks', () => {
  it('reads the opening date when a later clause says the subject’s main net went live, not when it only released a version', async () => {
    const found = await records('# 概况\nQuoll 是一个开源的智能合约平台。2015 年 7 月 30 日，Quoll 正式发布了 Frontier 版本，标志着 Quoll 主网正式上线。\n\nQuill 是一个开源的智能合约平台。2016 年 3 月，Quill 正式发布了 Homestead 版本。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['Quoll', '2015-07-30'], ['Quill', null]])
  })
})

describe('a start told by a verb of being born, or after a proposal', () => {
  it('reads a start a verb of being born tells after its date', async () => {
    const found = await records('# 概况\n这种技术最早见于云杉网络（Spruce Network）。云杉网络在 2009 年 1 月 3 日诞生。星河链于 2016 年问世。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['云杉网络', '2009-01-03'], ['星河链', '2016']])
  })

  it('lets a proposal’s date give way to a launch a later sentence tells', async () => {
    const found = await records('# 概况\n星河网络由乙公司于 2016 年提出。2019 年 3 月，星河网络主网启动。\n\n白桦网络由丙公司于 2017 年推出。2019 年 5 月，白桦网络主网启动。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['星河网络', '2019-03'], ['白桦网络', '2017']])
  })

  it('reads the launch a sentence goes on to after a proposal, and the proposal’s date alone', async () => {
    const found = await records('# 概况\n以太链项目由甲团队于 2013 年底提出，2015 年 7 月正式上线。星河协议由乙公司于 2016 年提出。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['以太链项目', '2015-07'], ['星河协议', '2016']])
  })
})

describe('a later clause that points back with a demonstrative and a head', () => {
  it('says what the record it points at is built on, when the head is of the record’s kind', async () => {
    const found = await records('# 概况\n丑公司于 2018 年推出了区块链服务网络 Kappa BaaS，该网络基于 Wombat 构建。\n\n寅公司于 2019 年推出了 Lark 平台，该联盟基于 Numbat 构建。\n')
    expect(found.map((record) => [record.name, record.basedOn])).toEqual([['Kappa BaaS', ['Wombat']], ['Lark 平台', []]])
  })
})

describe('a start and a base said the way reports shorten them', () => {
  it('reads a date right before the verb of launching with no preposition (X 网络 2017 年上线), not one a later subject of its own took', async () => {
    const found = await records('# 概况\nTessel 网络 2017 年上线，是最早的身份网络之一。\n\n甲公司推出了 Quoll 系统，并于 2021 年 3 月发布了正式版。\n\n乙公司推出了 Quill 系统，丙平台于 2022 年上线。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Tessel 网络', [], '2017'],
      ['Quoll', ['甲公司'], '2021-03'],
      ['Quill', ['乙公司'], null]
    ])
  })

  it('points a later clause (该系统…) at the record the sentence names last, not at the one it is built on (基于甲链搭建了“乙”)', async () => {
    const text = '# 概况\n丁川链是甲科技研发的联盟链平台。\n\n乙航运公司基于丁川链搭建了单证系统“舟票通”，该系统于 2019 年 3 月正式上线。\n\n丙港口基于丁川链搭建了单证系统“港单通”。该系统于 2020 年 5 月正式上线。\n'
    const found = await records(text)
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['丁川链', ['甲科技'], null, []],
      ['舟票通', ['乙航运公司'], '2019-03', ['丁川链']],
      ['港单通', ['丙港口'], '2020-05', ['丁川链']]
    ])
  })

  it('reads a name of the launched kind that ends in a chain\'s sort after words of its own (星云联盟链于…上线), not a ranking, a pointer or a possessive', async () => {
    const found = await records('# 概况\n星岚联盟链于 2021 年 1 月上线。\n\n星岚链开放联盟链于 2022 年 3 月上线。\n\n国内首条联盟链于 2021 年上线。\n\n我们的联盟链于 2021 年上线。\n\n这条联盟链于 2021 年上线。\n\n金融联盟链于 2021 年上线。\n')
    expect(found.map((record) => [record.kind, record.name, record.started])).toEqual([['platform', '星岚联盟链', '2021-01'], ['platform', '星岚链开放联盟链', '2022-03']])
  })

  it('reads a start told by putting into production or running in earnest (投产, 正式运行), not by running on something', async () => {
    const found = await records('# 概况\n甲银行推出了结算平台“川汇通”，该平台于 2020 年 8 月投产。\n\nTessel 网络于 2019 年正式运行。\n\nQuill 网络运行在 Wombat 上。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([['川汇通', '2020-08'], ['Tessel 网络', '2019']])
  })

  it('reads a base named in any script in its role (采用…作为底层), without the words that describe it, and no technology', async () => {
    const found = await records('# 概况\n2020 年 4 月，甲研究院发布了身份服务平台“星证”，该平台采用自研的星桥链作为底层。\n\n乙研究院发布了存证平台“云证”，该平台以区块链技术为底层。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([
      ['星证', ['甲研究院'], '2020-04', ['星桥链']],
      ['云证', ['乙研究院'], null, []],
      ['星桥链', ['甲研究院'], null, []]
    ])
  })
})

describe('a date told from the year given before it', () => {
  it('reads 同年 and 次年 from the last year the text gave, in the sentence or the ones before, and none with no year before', async () => {
    const found = await records('# 概况\n2018 年 3 月，甲联盟正式成立。同年 9 月，乙联盟在成都揭牌。\n\n2019 年，丙公司推出了 Quenda 平台，次年 5 月正式上线。同年 9 月，丁公司推出了 Wombat 平台。\n')
    expect(found.map(summary).map(({name, started}) => [name, started])).toEqual([
      ['甲联盟', '2018-03'],
      ['乙联盟', '2018-09'],
      ['Quenda 平台', '2019'],
      ['Wombat 平台', '2020-09']
    ])
    expect((await records('# 概况\n同年 9 月，乙联盟在成都揭牌。\n')).map(summary).map(({name, started}) => [name, started])).toEqual([['乙联盟', null]])
    // from the year of the event before, not the one a count is given as of
    const asOf = await records('# 概况\n2019 年 10 月，戊联盟在武汉成立。截至 2020 年 6 月，联盟成员已达 85 家。同年 12 月，己公司发布了区块链底层平台“云杉链”。\n')
    expect(asOf.map(summary).map(({name, started}) => [name, started])).toEqual([['戊联盟', '2019-10'], ['云杉链', '2019-12']])
  })
})

describe('a crowd that founds', () => {
  it('founds a named body with no founder named, a few words of where before the crowd too; its first members are members', async () => {
    const found = await records('# 概况\n国内多家企业于 2020 年 5 月联合成立了星桥开源联盟，首批成员包括甲软件、乙数科和丙大学。\n\n30 家机构共同组建了云杉联盟。\n')
    expect(found.map(summary).map(({name, leads, joiners, started}) => [name, leads, joiners, started])).toEqual([
      ['星桥开源联盟', [], ['甲软件', '乙数科', '丙大学'], '2020-05'],
      ['云杉联盟', [], [], null]
    ])
    // an organisation after the words of where is no crowd
    expect((await records('# 概况\n国内甲公司于 2020 年 5 月联合成立了星桥开源联盟。\n')).filter((record) => record.leads.length === 0)).toEqual([])
  })
})

describe('a record a sentence gives a role in', () => {
  it('is what the next sentence’s pointer points at', async () => {
    const found = await records('# 概况\n此外，甲公司还是乙区块链产业联盟的发起单位之一。该联盟成立于 2017 年 11 月，现有会员单位 80 余家。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: '乙区块链产业联盟', aliases: [], leads: ['甲公司'], joiners: [], started: '2017-11', count: 80}])
  })
})

describe('a translated paper’s history of proposals and networks', () => {
  it('keeps a proposal’s date when the launch told later is of another subject’s network, whose head a word of its sort may precede', async () => {
    const found = await records('# 相关工作\nQuoll 最初由 Wombat 公司的 Leemon Baird 于 2016 年提出，随后 Wombat 基于该算法构建了 Numbat 公共网络，并于 2019 年 9 月开放主网。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Quoll', ['Wombat'], '2016'],
      ['Numbat', ['Wombat'], '2019-09']
    ])
    // a launch the subject's own later clause tells still replaces its proposal
    const [own] = await records('# 相关工作\nQuoll 由甲公司于 2013 年提出，2015 年 7 月正式上线。\n')
    expect(own && summary(own).started).toBe('2015-07')
  })
})

describe('a government white paper’s cases', () => {
  it('reads a name before a colon whose text tells its makers and launch, outside a list too, and not one whose text only tells its makers', async () => {
    const found = await records('# 案例\n\n### 3.2.3 税务\n\n**云税通**：由甲市税务局联合乙数科打造，2021 年 1 月上线，主要用于电子发票的开具与流转。\n\n**云票夹**：由丙公司开发，支持多种票据。\n', 'sources/cases.md')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['云税通', ['甲市税务局', '乙数科'], '2021-01']])
  })

  it('reads the bare word for an alliance before its agent as the one named last, and a unit an organisation owns as the founder', async () => {
    const found = await records('# 组织\n2019 年 11 月 18 日，丁区块链创新联盟在北京宣告成立。联盟由甲中心下属的乙研究所、丙科技等 30 余家单位共同发起。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['丁区块链创新联盟', ['乙研究所', '丙科技'], '2019-11-18']])
  })
})

describe('an industry report’s organisations and products', () => {
  it('counts the members apart from the council counted beside them, after the bare word for the alliance', async () => {
    const found = await records('# 组织\n甲联盟成立于 2018 年。截至目前，联盟共有理事单位 15 家、会员单位 210 家。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: '甲联盟', aliases: [], leads: [], joiners: [], started: '2018', count: 210}])
  })

  it('reads the start of a name set apart from its predicate, or the first later clause that tells one before a subject of its own', async () => {
    const found = await records('# 平台\n乙科技推出的区块链 BaaS 平台“云杉”已于 2019 年 9 月通过备案，2020 年 3 月正式商用。丙银行基于云杉搭建的供应链金融平台“云融”于 2020 年底上线。丁公司推出的存证平台“云证”已通过备案，戊平台于 2021 年上线。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['云杉', ['乙科技'], '2020-03'],
      ['云融', ['丙银行'], '2020'],
      ['云证', ['丁公司'], null]
    ])
  })
})

describe('what a record runs on, said of its underlying part', () => {
  it('reads the base after the bare word for its kind or a pointer and the part (平台底层采用的是…), the record named before the sentence, no technology', async () => {
    const found = await records('# 案例\n甲局牵头搭建的“云证链”于 2019 年 4 月正式投入运行。平台底层采用的是乙科技自主研发的澜石链。\n\n丙公司发布了“云票”平台。该平台底层采用区块链技术。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.basedOn])).toEqual([
      ['云证链', ['甲局'], ['澜石链']],
      ['澜石链', ['乙科技'], []],
      ['云票', ['丙公司'], []]
    ])
  })
})

describe('a guide’s table and its platforms’ pages', () => {
  it('reads a table’s column headed by a verb of starting (首次发布) as the start', async () => {
    const found = await records('# 平台\n\n| 平台 | 开发方 | 首次发布 |\n| --- | --- | --- |\n| Kauri | Tui 实验室 | 2016 年 |\n| Rimu 链 | 北岸金科 | 2017 年 12 月 |\n', 'sources/guide.md')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['Kauri', ['Tui 实验室'], '2016'], ['Rimu 链', ['北岸金科'], '2017-12']])
  })

  it('makes no record of what a name was (X 的前身是…), takes off whom a maker’s product is for, and reads a start after a pointer to a name set apart', async () => {
    const found = await records('# 平台\nKauri 的前身是 Tui 实验室内部的 Moa 项目。Rimu 链是北岸金科面向金融行业推出的联盟链。北岸金科基于 Rimu 链搭建了跨境贸易平台 Harbour，该平台于 2020 年 6 月投产。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['Rimu 链', ['北岸金科'], null],
      ['Harbour', ['北岸金科'], '2020-06']
    ])
  })
})

describe('an example a sentence opens with', () => {
  it('is what the next clause’s pointer points at (以 X 为例，该项目…), a record when it is a name, none otherwise, never a record named before', async () => {
    const found = await records('# 平台\n甲公司推出了“云杉链”。以 Wombat 为例，该项目由乙研究院孵化，2021 年 6 月正式开源。\n\n丙公司推出了“云票”平台。以开源社区为例，该项目由丁孵化，2020 年正式开源。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([
      ['云杉链', ['甲公司'], null],
      ['Wombat', ['乙研究院'], '2021-06'],
      ['云票', ['丙公司'], null]
    ])
  })
})

describe('a phrase of the trade with a declared short name, after a relative clause of its makers', () => {
  it('is a record with the makers the clause lists and the start its predicate tells', async () => {
    const found = await records('# 网络\n由甲中心、乙移动等单位发起的区块链服务网络（XBN）于 2020 年 4 月正式商用。\n')
    expect(found.map(summary).map(({name, aliases, leads, started}) => [name, aliases, leads, started])).toEqual([['区块链服务网络', ['XBN'], ['甲中心', '乙移动'], '2020-04']])
    // without its short name, the phrase names nothing
    expect(await records('# 网络\n由甲中心、乙移动等单位发起的区块链服务网络于 2020 年 4 月正式商用。\n')).toEqual([])
  })
})

describe('members a sentence counts or names in a frame', () => {
  it('reads the parties a crowd is said to include (包括甲、乙在内的 60 多家机构), joining or founding, and the crowd’s count as the members’', async () => {
    const joined = await records('# 组织\n星湾联盟吸引了包括甲银行、乙证券在内的 60 多家机构加入。\n')
    expect(joined.map(summary)).toEqual([{kind: 'alliance', name: '星湾联盟', aliases: [], leads: [], joiners: ['甲银行', '乙证券'], started: null, count: 60}])
    const founded = await records('# 组织\n星湾联盟由包括甲银行、乙证券在内的 20 家机构发起成立。\n')
    expect(founded.map(summary)).toEqual([{kind: 'alliance', name: '星湾联盟', aliases: [], leads: ['甲银行', '乙证券'], joiners: [], started: null, count: null}])
  })

  it('reads the count the members grew to from the one at the start, not the one at the start', async () => {
    const found = await records('# 组织\n星湾联盟成员已从成立之初的 20 家发展到 200 余家。\n')
    expect(found.map((record) => [record.name, record.memberCount?.value, record.memberCount?.qualifier])).toEqual([['星湾联盟', 200, 'over']])
    expect((await records('# 组织\n星湾联盟最初有 9 家银行加入，发展迅速。\n')).filter((record) => record.memberCount !== null)).toEqual([])
  })
})

describe('a Markdown chapter on a public chain', () => {
  it('reads the founders a crowd is said to include (包括甲、乙在内的 30 余家机构成立了…)', async () => {
    const found = await records('# 概况\n2017 年 2 月，包括丹枫银行、青禾科技在内的 30 余家机构成立了星岚链企业联盟。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['星岚链企业联盟', ['丹枫银行', '青禾科技'], '2017-02']])
  })

  it('dates a thing proposed by the first version the sentence goes on to release, past start-up funds (启动资金: no start)', async () => {
    const found = await records('# 概况\n星岚链项目由 Vern Halley 于 2013 年底提出，2014 年通过众筹获得启动资金，2015 年 7 月第一个正式版本 Meridian 发布。\n')
    expect(found.map((record) => [record.name, record.started])).toEqual([['星岚链项目', '2015-07']])
  })

  it('reads the base a copula’s phrase gives past the words that open the sentence (此外，X 是…基于 Y 开发的…)', async () => {
    const found = await records('# 概况\n此外，Quorra 是摩川银行基于星岚链开发的企业级区块链平台，于 2016 年 11 月开源。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['Quorra', ['摩川银行'], '2016-11', ['星岚链']]])
  })
})

describe('parties a body takes in', () => {
  it('are its members, without what they were taken in as (吸纳丙公司为新成员)', async () => {
    const found = await records('# 概况\n2019 年 9 月，区块链联盟 Corvina Alliance 宣布吸纳丰岭互联为新成员。星岚联盟吸纳了甲银行、乙证券为会员。\n')
    expect(found.map((record) => [record.name, record.joiners.map((party) => party.name)])).toEqual([
      ['Corvina Alliance', ['丰岭互联']],
      ['星岚联盟', ['甲银行', '乙证券']]
    ])
  })
})

describe('members after a count of them', () => {
  it('are the parties 其中包括 lists', async () => {
    const found = await records('# 概况\nCorvina 区块链联盟成立于 2015 年 9 月，目前已有超过 200 家成员，其中包括丹枫银行、丰岭证券等国际金融机构。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: 'Corvina 区块链联盟', aliases: [], leads: [], joiners: ['丹枫银行', '丰岭证券'], started: '2015-09', count: 200}])
  })
})

describe('a base after an adverb of time', () => {
  it('is read in a later clause that opens with one (…，最初基于 Wombat 构建，后来…)', async () => {
    const found = await records('# 概况\nTessela 是由 Marlow Bank 于 2016 年发起的企业级区块链项目，最初基于 Wombat 构建，后来独立发展为一个完整的平台。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['Tessela', ['Marlow Bank'], '2016', ['Wombat']]])
  })
})

describe('a role list', () => {
  it('ends at a comma before a clause that says something, which is read of the record too', async () => {
    const found = await records('# 概况\n星海联盟的创始成员包括甲科技、乙银行和丙银行，目前成员数量已超过 150 家。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: '星海联盟', aliases: [], leads: ['甲科技', '乙银行', '丙银行'], joiners: [], started: null, count: 150}])
  })
})

describe('a part of the subject after a pointer', () => {
  it('gives the base the clause ends with (其底层基于 Y)', async () => {
    const found = await records('# 概况\nCorvane 由甲公司开发，其底层基于 Quillon。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.basedOn])).toEqual([['Corvane', ['甲公司'], ['Quillon']]])
  })
})

describe('a crowd of people', () => {
  it('is no party (一群独立开发者)', async () => {
    const found = await records('# 概况\nWickerbay 项目由一群独立开发者在 2020 年创建。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Wickerbay 项目', [], '2020']])
  })
})

describe('a count of those a platform works with', () => {
  it('is no count of members (已与十余家金融机构开展合作)', async () => {
    const found = await records('# 概况\n云帆链是甲科技推出的联盟链平台，已与十余家金融机构开展合作。\n')
    expect(found.map(summary).map(({name, leads, count}) => [name, leads, count])).toEqual([['云帆链', ['甲科技'], null]])
  })
})

describe('a date opening a sentence', () => {
  it('is the start when the subject\'s first version or the part that goes live stands before its verb, not another version', async () => {
    const dated = async (then: string) => (await records(`# 概况\n星河链是甲科技推出的联盟链平台。2019 年 7 月，${then}\n`)).map((record) => record.started)
    expect(await dated('星河链首个正式版本正式发布。')).toEqual(['2019-07'])
    expect(await dated('星河链主网正式上线。')).toEqual(['2019-07'])
    expect(await dated('星河链 2.0 版本正式发布。')).toEqual([null])
  })
})

describe('the sentence that introduces a table', () => {
  it('gives its rows the base its phrase for them says (下表列出部分基于 X 构建的应用平台：)', async () => {
    const found = await records('# 合作\n\n下表列出部分基于云帆链构建的应用平台：\n\n| 平台名称 | 建设单位 | 上线时间 |\n| --- | --- | --- |\n| 帆票 | 海东财政局 | 2020 年 5 月 |\n', 'sources/own.md')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['帆票', ['海东财政局'], '2020-05', ['云帆链']]])
    // (a sentence that says no base, or a base far from the phrase it ends with, gives none)
    const none = await records('# 合作\n\n基于云帆链，各地建设了很多应用，下表列出其中的部分平台：\n\n| 平台名称 | 建设单位 |\n| --- | --- |\n| 帆票 | 海东财政局 |\n', 'sources/own.md')
    expect(none.map((record) => record.basedOn)).toEqual([[]])
  })
})

describe('the sentence that introduces a list', () => {
  it('gives its items the base it says things were built on (…基于 X 构建了自己的平台，其中较为典型的有：)', async () => {
    const list = '- **云雀链**：由北辰数科研发的联盟链平台，2020 年 1 月上线。\n- 乙链，由丙银行开发。\n- **丁链**：基于戊链开发的联盟链平台。\n'
    const found = await records(`# 平台\n\n国内已有多家机构基于 Wombat 构建了自己的平台，其中较为典型的有：\n\n${list}`, 'sources/own.md')
    expect(found.map((record) => [record.name, record.basedOn])).toEqual([['云雀链', ['Wombat']], ['乙链', ['Wombat']], ['丁链', ['戊链']]])
    // (a technology is no base; nor is a base with no verb of making after it)
    for (const introduction of ['国内已有多家机构基于区块链技术构建了自己的平台，例如：', '与 Wombat 不同的平台包括：']) {
      expect((await records(`# 平台\n\n${introduction}\n\n${list}`, 'sources/own.md')).map((record) => record.basedOn), introduction).toEqual([[], [], ['戊链']])
    }
  })
})

describe('a bullet the converter kept', () => {
  it('opens no name: the maker after it is the organisation alone (● 甲公司于…)', async () => {
    const found = await records('# 企业\n\n● 北岭云有限公司于 2019 年发布北岭 BaaS 平台，该平台基于岚石链构建。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started, record.basedOn])).toEqual([['北岭 BaaS 平台', ['北岭云有限公司'], '2019', ['岚石链']]])
  })
})

describe('a compound verb of founding', () => {
  it('takes none of its words into the last founder (于 2020 年共同发起设立)', async () => {
    const found = await records('# 概况\n甲银行、乙证券和北辰云计算于 2020 年共同发起设立星海联盟。\n')
    expect(found.map(summary).map(({name, leads, started}) => [name, leads, started])).toEqual([['星海联盟', ['甲银行', '乙证券', '北辰云计算'], '2020']])
  })
})

describe('an industry promotion association', () => {
  it('is of the kind its members found (产业促进会), its short name declared', async () => {
    const found = await records('# 概况\n青州区块链产业促进会（简称“青链会”）成立于 2018 年 9 月，由甲研究院、乙数科和丙银行共同发起，现有会员 160 余家。\n')
    expect(found.map(summary)).toEqual([{kind: 'alliance', name: '青州区块链产业促进会', aliases: ['青链会'], leads: ['甲研究院', '乙数科', '丙银行'], joiners: [], started: '2018-09', count: 160}])
  })
})

describe('the document\'s own words for the organisation that wrote it', () => {
  const paper = (sentence: string, cover = '星衡科技有限公司\n') => records(`星衡产品白皮书\n${cover}\n一、概况\n${sentence}\n`, 'sources/paper.txt')
  it('are its publisher, as its cover names it (本公司于 2018 年推出了…, 公司是…的理事单位)', async () => {
    const launched = await paper('本公司于 2018 年推出了星衡链平台。')
    expect(launched.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['星衡链平台', ['星衡科技有限公司'], '2018']])
    const member = await paper('公司是长三角区块链产业联盟的理事单位。')
    expect(member.map((record) => [record.name, record.joiners.map((party) => party.name)])).toEqual([['长三角区块链产业联盟', ['星衡科技有限公司']]])
  })

  it('name no one when the document names no publisher', async () => {
    const found = await paper('公司是长三角区块链产业联盟的理事单位。', '')
    expect(found.map((record) => [record.name, record.joiners.map((party) => party.name)])).toEqual([['长三角区块链产业联盟', []]])
  })
})

describe('roles in the clauses of one sentence', () => {
  it('are each of the parties the first clause names (…的理事单位，也是…的发起单位之一), up to a clause that says no role', async () => {
    const found = await records('# 概况\n甲科技是星海联盟的理事单位，也是澄湖联盟的发起单位之一，致力于推动产业发展。\n')
    expect(found.map(summary).map(({name, leads, joiners}) => [name, leads, joiners])).toEqual([
      ['星海联盟', [], ['甲科技']],
      ['澄湖联盟', ['甲科技'], []]
    ])
  })
})

describe('a sign of a trade mark', () => {
  it('is no part of the name (NovaChain® 是…推出的…平台)', async () => {
    const found = await records('# 概况\nNovaChain® 是星衡科技于 2018 年推出的企业级区块链平台。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['NovaChain', ['星衡科技'], '2018']])
  })
})

describe('the makers of a later clause after a proposal', () => {
  it('made the thing proposed (由甲于 2014 年提出，随后由乙基金会负责开发), a person proposing it none', async () => {
    const found = await records('# 概况\nQuanta 最初由程序员 Ilya Marr 于 2014 年在其论文中提出，随后由 Quanta 基金会负责开发。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Quanta', ['Quanta 基金会']]])
    // (not the agent of a later clause that does something else)
    const other = await records('# 概况\nQuanta 最初由甲大学于 2014 年提出，随后由乙基金会负责推广。\n')
    expect(other.map((record) => [record.name, record.leads.map((party) => party.name)])).toEqual([['Quanta', ['甲大学']]])
  })
})

describe('a base described by a clause of its own', () => {
  it('is the name after the clause and the phrase for what it is (基于甲联盟发布的开源框架 Orchid 构建)', async () => {
    const found = await records('# 概况\n丁集团于 2019 年推出了东岭链，该平台基于星河联盟发布的开源框架 Orchid 构建。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.basedOn])).toEqual([['东岭链', ['丁集团'], ['Orchid']]])
  })
})

describe('a later clause that lists who holds a founder\'s role', () => {
  it('names the founders with a verb of listing too (，发起单位包括甲和乙)', async () => {
    for (const verb of ['包括', '有']) {
      const found = await records(`# 概况\n星海联盟成立于 2016 年 5 月，发起单位${verb}甲银行和乙证券。\n`)
      expect(found.map(summary).map(({name, leads, started}) => [name, leads, started]), verb).toEqual([['星海联盟', ['甲银行', '乙证券'], '2016-05']])
    }
  })
})

describe('a subject after the clause that says who made it', () => {
  it('is the name after the clause, not the maker the sentence opens with (甲联盟与乙大学共同研发的星桥链已于 2018 年开源)', async () => {
    const found = await records('# 概况\n甲联盟与乙大学共同研发的星桥链已于 2018 年开源。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([
      ['星桥链', ['甲联盟', '乙大学'], '2018'],
      ['甲联盟', [], null]
    ])
  })
})

describe('the count the members grew to', () => {
  it('is the count, a few words after the word of growth, or in a later clause of a sentence about members', async () => {
    const count = async (sentence: string) => (await records(`# 概况\n${sentence}\n`)).map((record) => record.memberCount?.value ?? null)
    expect(await count('星海联盟的成员已从成立之初的 20 家增长到目前的 150 家。')).toEqual([150])
    expect(await count('星海联盟成立时有 20 家成员，2019 年增至 80 家。')).toEqual([80])
    // (the date it grew by between: \`增长到 2020 年的 150 余家\`, that date the count's)
    const [dated] = await records('# 概况\n星海联盟成立于 2016 年，成员数量从成立之初的 25 家增长到 2020 年的 150 余家。\n')
    expect(dated?.memberCount).toMatchObject({value: 150, qualifier: 'over', asOf: '2020'})
    // (a count at the start alone is none)
    expect(await count('星海联盟成立时有 20 家成员。')).toEqual([null])
  })
})

describe('a role with the copula 为', () => {
  it('names the parties (X 的开发者为甲公司，首个版本发布于 2019 年)', async () => {
    const found = await records('# 概况\nCorvid 平台的开发者为 Marlow 公司，首个版本发布于 2019 年。\n')
    expect(found.map((record) => [record.name, record.leads.map((party) => party.name), record.started])).toEqual([['Corvid 平台', ['Marlow'], '2019']])
  })
})

describe('the members an alliance is said to have, listed before their count', () => {
  it('join it (已拥有甲银行、乙证券、丙科技等 60 余家会员单位), a count alone none', async () => {
    const [had] = await records('# 概况\n目前，东岳区块链联盟已拥有甲银行、乙证券、丙科技等 60 余家会员单位。\n')
    expect(had && summary(had)).toMatchObject({name: '东岳区块链联盟', joiners: ['甲银行', '乙证券', '丙科技'], count: 60})
    const [counted] = await records('# 概况\n东岳区块链联盟拥有 60 余家会员单位。\n')
    expect(counted && summary(counted)).toMatchObject({name: '东岳区块链联盟', joiners: [], count: 60})
  })
})
