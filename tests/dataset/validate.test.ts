import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {report} from '../../pipeline/write/report.ts'
import validate from '../../pipeline/dataset/validate.ts'

describe('validate', () => {
  it('reports a record that breaks its schema as an error at the record’s place in the source', () => {
    const file = new VFile({path: 'sources/x.txt', value: '# 联盟\n## 甲联盟：正文。\n'})
    const alliance = {
      id: 'alliance-a',
      name: '甲联盟',
      aliases: [],
      founders: [{name: 'Sprint', country: 'usa', kind: null}],
      members: [],
      founded: '2017-13',
      memberCount: null,
      events: [],
      description: '正文。',
      conflicts: [],
      corrected: [],
      source: {source: 'x', page: null}
    }
    file.data.dataset = {alliances: [alliance], platforms: [], organizations: [], relations: []}
    file.data.positions = {alliances: {'alliance-a': {source: 'x', page: null, physicalPage: null, line: 2, column: 4, offset: 8, endLine: 2, endColumn: 7, endOffset: 11}}, platforms: {}, organizations: {}, relations: {}}
    validate()(undefined, file)
    expect(file.messages.map((message) => [message.line, message.column, message.ruleId, message.fatal])).toEqual([
      [2, 4, 'schema-pattern', true],
      [2, 4, 'schema-pattern', true]
    ])
    expect(report([file]).split('\n')[0]).toBe('sources/x.txt:2:4: error: alliance `甲联盟`: `/founders/0/country` must match pattern "^[A-Z]{2}$" [schema-pattern]')
  })
})
