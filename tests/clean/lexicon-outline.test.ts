import {describe, expect, it} from 'vitest'
import {
  captionLine,
  contactLine,
  contentsHeadings,
  contentsLeaderOnly,
  contentsLine,
  contentsLineSpaced,
  numberingStyles,
  referencesHeadings,
  unnumberedHeadings
} from '../../pipeline/lexicon/zh/outline.ts'
import {headingCandidate} from '../../pipeline/clean/outline.ts'

/** Every entry of the outline's language pack, with a line of our own it must read, and lines it must not. */
describe('the outline lexicon', () => {
  it('reads every numbering style, with the level key it gives', () => {
    const lines: Record<string, [string, string]> = {
      part: ['第二部分 产业生态', 'part'],
      chapter: ['第三章 平台评测', 'chapter'],
      section: ['第1节 研究范围', 'section'],
      cn: ['四、标准化建议', 'cn'],
      'cn-paren': ['（二）国际联盟', 'cn-paren'],
      case: ['案例二：丁银行跨境支付平台', 'case'],
      arabic: ['2.2.2 产业联盟', 'arabic-3']
    }
    expect(numberingStyles.map((style) => style.key).sort()).toEqual(Object.keys(lines).sort())
    for (const [key, [line, style]] of Object.entries(lines)) expect(headingCandidate(line, 80)?.style, key).toBe(style)
    expect(headingCandidate('1 引言', 80)).toMatchObject({style: 'arabic-1', number: '1', title: '引言'})
    expect(headingCandidate('3.1. 概述', 80)).toMatchObject({style: 'arabic-2', number: '3.1', title: '概述'})
  })

  it('reads no sentence, count, year or list item as a heading', () => {
    for (const line of ['2016 年，联盟正式成立。', '30 个创始成员', '20 多家企业联合成立', '1、以区块为单位的数据结构：', '（1）基本情况，如下。', '一、概述。', '2.1 背景，', '案例一中，乙银行完成了结算。', '案例分析']) {
      expect(headingCandidate(line, 80), line).toBeUndefined()
    }
  })

  it('reads every unnumbered heading word, spaced as documents space them', () => {
    for (const word of unnumberedHeadings) expect(headingCandidate(word.split('').join(' '), 80)?.style, word).toBe('unnumbered')
  })

  it('knows the contents and references headings', () => {
    expect(contentsHeadings).toContain('目录')
    for (const word of [...contentsHeadings, ...referencesHeadings]) expect(headingCandidate(word, 80), word).toBeDefined()
  })

  it('reads contents lines with every leader, and a wrapped title’s leader alone', () => {
    for (const line of ['2.1 区块链联盟………………… 4', '二、产业组织........................ 12', '附录 A ··········· 60', '1.3 术语＿＿＿＿ 3', '三、展望 - - - - - 6']) {
      expect(contentsLine.exec(line)?.groups?.page, line).toMatch(/^\d+$/)
    }
    expect(contentsLineSpaced.exec('2.3 平台比较          5')?.groups).toMatchObject({title: '2.3 平台比较', page: '5'})
    expect(contentsLeaderOnly.exec('………………… 17')?.groups?.page).toBe('17')
    expect(contentsLine.test('截至 2024 年，联盟已有 120 家会员。')).toBe(false)
  })

  it('reads captions and contact lines, and no sentence about a figure', () => {
    for (const line of ['图2-8区块链生态系统', '图 1 研究方法', '表 3-1 缩略语', 'Figure 4. Layers', 'Table 2: Members', '附图 1 架构']) expect(captionLine.test(line), line).toBe(true)
    expect(captionLine.test('图中可以看出，联盟成员逐年增加。')).toBe(false)
    for (const line of ['联系人：王五', '联系电话：010-12345678', '电话: 123', '传真：456', '邮箱：a@b.c', '电子邮箱：a@b.c', 'E-mail: a@b.c', 'Tel: 1', '地址：北京', '网址：example.org', '邮编：100000', '手机：1', '微信：abc', '官网：example.org', '联系方式：见下', '电子邮件：a@b.c', '通讯地址：上海', 'Fax: 2', 'Phone: 3', 'Address: x', 'Website: y']) {
      expect(contactLine.test(line), line).toBe(true)
    }
    expect(contactLine.test('电话会议中，各方同意成立联盟。')).toBe(false)
  })
})
