/**
 * The style and script every review page carries inline (a page is one file
 * that opens offline). The script reads the page's data from a JSON element
 * and writes text only through `textContent`: nothing of a source is parsed
 * as HTML. Both are plain strings, so the bundle and the sources give the
 * same bytes, and the pages' Content-Security-Policy allows them by hash.
 */
const baseStyle = `
:root { --organizations: #c9b3f5; --corrected: #3ba55d; --warn: #e0803a; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.7 "Noto Sans CJK SC", "Noto Sans", sans-serif; color: #222; background: #fafafa; }
header { padding: 8px 16px; background: #263238; color: #fff; display: flex; gap: 16px; align-items: center; flex-wrap: wrap; }
header a { color: #b3e5fc; }
header h1 { font-size: 17px; margin: 0; }
main { display: flex; height: calc(100vh - 52px); }
#text { flex: 3; overflow: auto; padding: 16px 24px; background: #fff; }
aside { flex: 2; overflow: auto; padding: 12px 16px; border-left: 1px solid #ddd; }
h2, h3, h4, h5, h6, h7 { margin: 1em 0 .4em; }
.item::before { content: "• "; color: #888; }
.apart { color: #777; font-size: 13px; }
.apart::before { content: attr(data-role) " · "; font-style: italic; }
.pg { display: inline-block; margin: 0 4px; padding: 0 6px; font-size: 11px; color: #555; background: #eceff1; border-radius: 3px; }
mark { background: none; border-bottom: 3px solid; cursor: pointer; padding: 0 1px; }
/* kinds */
mark.k-organizations { border-color: var(--organizations); }
body.hide-organizations mark.k-organizations { border-color: transparent; background: none; font-weight: inherit; }
mark.fact { font-weight: 600; }
mark.corrected { outline: 2px dashed var(--corrected); }
mark.on { background: #ffe082; }
.s.marked { background: #fff3c4; box-shadow: 0 0 0 2px #ffd54f; }
.s.hit { background: #e8f5e9; }
.warning { margin: 6px 0; padding: 4px 8px; font-size: 13px; background: #fff3e0; border-left: 4px solid var(--warn); }
#detail { min-height: 2em; margin-bottom: 8px; padding: 6px 8px; background: #f1f8e9; font-size: 13px; }
.recs { list-style: none; padding: 0; }
.rec { margin: 6px 0; padding: 6px 8px; background: #fff; border: 1px solid #e0e0e0; border-left: 6px solid; cursor: pointer; }
.rec.on { box-shadow: 0 0 0 2px #ffb300; }
.rec .aka { color: #666; font-size: 13px; }
.facts { margin: 4px 0 0; padding-left: 16px; font-size: 13px; }
.facts .field { color: #607d8b; margin-right: 6px; }
.facts .elsewhere { color: #999; }
.facts .corrected::after, .correction::after { content: " ✎ corrected"; color: var(--corrected); }
.stale { background: #fbe9e7; border-left: 4px solid #d84315; padding: 4px 8px; margin: 4px 0; font-size: 13px; }
table { border-collapse: collapse; background: #fff; }
td, th { border: 1px solid #ddd; padding: 4px 10px; text-align: left; }
.index { padding: 16px; }
`

export const script = `
(function () {
  var data = JSON.parse(document.getElementById('data').textContent);
  var detail = document.getElementById('detail');
  function all(selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); }
  function clear() {
    all('.on').forEach(function (element) { element.classList.remove('on'); });
    all('.marked').forEach(function (element) { element.classList.remove('marked'); });
  }
  function highlightsOf(mark) { return mark.getAttribute('data-h').split(' ').map(function (index) { return data.highlights[Number(index)]; }); }
  function recordItem(id) { return all('.rec').filter(function (item) { return item.getAttribute('data-r') === id; })[0]; }
  function mark(marks) {
    marks.forEach(function (element) {
      element.classList.add('on');
      var sentence = element.closest('.s');
      if (sentence) sentence.classList.add('marked');
    });
  }
  function describe(highlight) {
    var line = document.createElement('div');
    var record = data.records[highlight.record];
    line.textContent = (record ? record.table + ' · ' + record.name : highlight.record) + ' · ' + (highlight.pointer || 'name') + ' · ' + highlight.value + (highlight.corrected ? ' · corrected by a curator' : '');
    return line;
  }
  document.getElementById('records').addEventListener('click', function (event) {
    var item = event.target.closest('.rec');
    if (!item) return;
    var fact = event.target.closest('[data-f]');
    var id = item.getAttribute('data-r');
    var pointer = fact ? fact.getAttribute('data-f') : null;
    clear();
    item.classList.add('on');
    var marks = all('mark[data-h]').filter(function (element) {
      return highlightsOf(element).some(function (highlight) { return highlight.record === id && (pointer === null || highlight.pointer === pointer); });
    });
    mark(marks);
    detail.replaceChildren.apply(detail, marks.slice(0, 1).map(highlightsOf).reduce(function (a, b) { return a.concat(b); }, []).filter(function (highlight) { return highlight.record === id; }).map(describe));
    if (marks[0]) marks[0].scrollIntoView({block: 'center'});
  });
  document.getElementById('text').addEventListener('click', function (event) {
    var element = event.target.closest('mark[data-h]');
    if (!element) return;
    var highlights = highlightsOf(element);
    clear();
    mark([element]);
    detail.replaceChildren.apply(detail, highlights.map(describe));
    var item = recordItem(highlights[0].record);
    if (item) { item.classList.add('on'); item.scrollIntoView({block: 'nearest'}); }
  });
  all('input[data-kind]').forEach(function (box) {
    box.addEventListener('change', function () { document.body.classList.toggle('hide-' + box.getAttribute('data-kind'), !box.checked); });
  });
  var search = document.getElementById('search');
  search.addEventListener('input', function () {
    var query = search.value.trim().toLowerCase();
    all('.rec').forEach(function (item) { item.hidden = query !== '' && item.getAttribute('data-names').toLowerCase().indexOf(query) < 0; });
    all('.s').forEach(function (sentence) { sentence.classList.toggle('hit', query !== '' && sentence.textContent.toLowerCase().indexOf(query) >= 0); });
  });
})();
`

/** The colours of the kinds' highlights, in the registry's order: a line and a background each. */
const palette: ReadonlyArray<[string, string]> = [['#f6c453', '#fff6dc'], ['#7cc6f2', '#e6f5fd'], ['#8bd39a', '#e8f7eb'], ['#f29c9c', '#fdeaea'], ['#b0a4e3', '#efecfa']]

/** The style of pages showing records of these tables (one per kind): each its colour, its marks and records hidden with its box unticked. */
export function styleFor(tables: readonly string[]): string {
  const rules = tables.map((table, index) => {
    const [line, background] = palette[index % palette.length]!
    return [
      `mark.k-${table} { border-color: ${line}; background: ${background}; }`,
      `.rec.k-${table} { border-left-color: ${line}; }`,
      `body.hide-${table} mark.k-${table} { border-color: transparent; background: none; font-weight: inherit; }`,
      `body.hide-${table} .rec.k-${table} { display: none; }`
    ].join('\n')
  })
  return baseStyle.replace('/* kinds */\n', `${rules.join('\n')}\n`)
}
