#include "bot/table_row.h"

#include <algorithm>
#include <limits>

namespace tanya {

std::vector<TableCell> table_cells(const KSentence& s,
                                   const std::unordered_set<std::string>& stop_words) {
  constexpr size_t kLeastCells = 3;  // a label and two columns
  std::vector<TableCell> cells;
  const std::string& text = s.text;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("; ", start);
    if (end == std::string::npos) end = text.size();
    const size_t colon = text.find(": ", start);
    if (colon == std::string::npos || colon >= end) return {};
    TableCell c;
    c.begin = start;
    c.end = end;
    for (size_t k = 0; k < s.terms.size() && k < s.words.size(); ++k) {
      if (s.begins[k] < start || s.begins[k] >= end || stop_words.count(s.words[k])) continue;
      (s.begins[k] < colon ? c.header : c.value).push_back(s.terms[k]);
    }
    cells.push_back(std::move(c));
    start = end + 2;
  }
  if (cells.size() < kLeastCells) return {};
  return cells;
}

namespace {

bool asks(const Understanding& u, const std::string& term) {
  return std::find(u.query.begin(), u.query.end(), term) != u.query.end();
}

}  // namespace

Draft one_column(const Knowledge& kb, const std::unordered_set<std::string>& stop_words,
                 const Understanding& u, Draft d) {
  if (d.sentences.empty() || u.qtype == "comparison" || u.qtype == "yesno") return d;
  std::vector<std::vector<TableCell>> rows;
  for (int id : d.sentences) {
    rows.push_back(table_cells(kb.sentences[static_cast<size_t>(id)], stop_words));
    // Rows of one table: cells alike in number and headers.
    if (rows.back().empty() || rows.back().size() != rows.front().size()) return d;
    for (size_t c = 0; c < rows.back().size(); ++c) {
      if (rows.back()[c].header != rows.front()[c].header) return d;
    }
  }
  // The column asked: the one column a word of whose header, one no other
  // header has, the question names; and named whole ("Skor Indeks" is not
  // asked by "indeks literasi": a column of values is no thing compared).
  const std::vector<TableCell>& first = rows.front();
  int column = -1;
  for (size_t c = 1; c < first.size(); ++c) {
    const Terms& header = first[c].header;
    const bool named = std::any_of(header.begin(), header.end(), [&](const std::string& term) {
      if (!asks(u, term)) return false;
      for (size_t o = 1; o < first.size(); ++o) {
        if (o != c && std::count(first[o].header.begin(), first[o].header.end(), term) > 0)
          return false;
      }
      return true;
    });
    if (!named) continue;
    if (column >= 0) return d;  // two columns named: both are wanted
    column = static_cast<int>(c);
  }
  // (The article's subject may go unsaid: every column is of it, "NPWP
  // Badan" is asked by "badan" in an article on NPWP.)
  auto of_subject = [&](const std::string& t) {
    return !kb.docs.empty() && std::count(kb.docs.front().subject_terms.begin(),
                                          kb.docs.front().subject_terms.end(), t) > 0;
  };
  if (column >= 0) {
    const Terms& header = first[static_cast<size_t>(column)].header;
    if (!std::all_of(header.begin(), header.end(),
                     [&](const std::string& t) { return asks(u, t) || of_subject(t); }))
      return d;
  }
  // (Or, where the headers share their words, "Besi Heme" and "Besi
  // Non-Heme", the column the question names whole.)
  auto said = [&](const std::string& t) {
    return asks(u, t) || std::find(u.terms.begin(), u.terms.end(), t) != u.terms.end();
  };
  // (Nor a column another header outdoes by a word the question says,
  // as written, small words too: "tidak" is in "Energi Tidak Terbarukan
  // (Fosil)" only.)
  const KSentence& row = kb.sentences[static_cast<size_t>(d.sentences.front())];
  std::vector<std::vector<std::string>> header_words(first.size());
  for (size_t c = 0; c < first.size(); ++c) {
    const size_t colon = row.text.find(": ", first[c].begin);
    for (size_t k = 0; k < row.words.size() && k < row.begins.size(); ++k) {
      if (row.begins[k] >= first[c].begin && row.begins[k] < colon)
        header_words[c].push_back(row.words[k]);
    }
  }
  auto in_question = [&](const std::string& w) {
    return std::find(u.words.begin(), u.words.end(), w) != u.words.end();
  };
  auto outdone = [&](size_t c) {
    for (size_t o = 1; o < first.size(); ++o) {
      if (o == c) continue;
      for (const std::string& w : header_words[o]) {
        if (in_question(w) && std::count(header_words[c].begin(), header_words[c].end(), w) == 0)
          return true;
      }
    }
    return false;
  };
  // Of the columns named whole, the one whose header says least beyond
  // the question ("Lemak Jenuh", not "Lemak Tidak Jenuh", for "lemak jenuh").
  size_t fewest = std::numeric_limits<size_t>::max();
  bool tie = false;
  int best = -1;
  for (size_t c = 1; column < 0 && c < first.size(); ++c) {
    const Terms& header = first[c].header;
    if (header.empty() || !std::all_of(header.begin(), header.end(), said) || outdone(c)) continue;
    const size_t extra =
        static_cast<size_t>(std::count_if(header_words[c].begin(), header_words[c].end(),
                                          [&](const std::string& w) { return !in_question(w); }));
    if (extra < fewest) {
      fewest = extra;
      best = static_cast<int>(c);
      tie = false;
    } else if (extra == fewest) {
      tie = true;
    }
  }
  if (column < 0 && !tie) column = best;
  if (column < 0) return d;
  // The rows asked: those whose label the question names, when it names
  // some and not all.
  std::vector<bool> keep(rows.size(), false);
  size_t kept = 0;
  for (size_t r = 0; r < rows.size(); ++r) {
    const Terms& label = rows[r].front().value;
    // (By any word of the question: a label is often a topic's own word,
    // "Contoh", which the question asks by rather than about.)
    keep[r] = std::any_of(label.begin(), label.end(), [&](const std::string& t) {
      return asks(u, t) || std::find(u.terms.begin(), u.terms.end(), t) != u.terms.end();
    });
    kept += keep[r] ? 1 : 0;
  }
  if (kept == 0 || kept == rows.size()) keep.assign(rows.size(), true);
  // Each row's text in the answer is cut to its label and the column; a
  // row not asked goes with its line.
  std::vector<int> sentences;
  for (size_t r = 0; r < rows.size(); ++r) {
    const std::string& text = kb.sentences[static_cast<size_t>(d.sentences[r])].text;
    const size_t at = d.text.find(text);
    if (at == std::string::npos) return d;
    if (!keep[r]) {
      // A row on a line of its own ("- Aspek: ...") goes with its line;
      // a row inline, with the space after it.
      const size_t line = d.text.rfind('\n', at);
      const size_t line_start = line == std::string::npos ? 0 : line + 1;
      const bool own_line =
          d.text.compare(line_start, at - line_start, "- ") == 0 || line_start == at;
      size_t from = own_line && line != std::string::npos ? line : at;
      size_t to = at + text.size();
      if (!(own_line && line != std::string::npos) && to < d.text.size() && d.text[to] == ' ') ++to;
      d.text.erase(from, to - from);
      continue;
    }
    const TableCell& label = rows[r].front();
    const TableCell& cell = rows[r][static_cast<size_t>(column)];
    const std::string narrowed = text.substr(label.begin, label.end - label.begin) + "; " +
                                 text.substr(cell.begin, cell.end - cell.begin);
    d.text.replace(at, text.size(), narrowed);
    sentences.push_back(d.sentences[r]);
  }
  // An answer that began with its rows may now begin with a line break.
  while (!d.text.empty() && d.text.front() == '\n') d.text.erase(0, 1);
  d.sentences = std::move(sentences);
  return d;
}

TableColumn column_named(const Knowledge& kb, const std::unordered_set<std::string>& stop_words,
                         const Terms& name) {
  TableColumn out;
  if (name.empty()) return out;
  auto same = [&](const Terms& a) {
    return a.size() == name.size() && std::is_permutation(a.begin(), a.end(), name.begin());
  };
  // The text of a cell after its "Header: ", and the header itself.
  auto value_of = [](const std::string& text, const TableCell& c) {
    const size_t colon = text.find(": ", c.begin);
    return text.substr(colon + 2, c.end - (colon + 2));
  };
  int table = -1;  // the block of the first table that has the column
  for (size_t si = 0; si < kb.sentences.size(); ++si) {
    const KSentence& s = kb.sentences[si];
    if (s.item < 0 || (table >= 0 && s.block != table)) continue;
    const std::vector<TableCell> cells = table_cells(s, stop_words);
    for (size_t c = 1; c < cells.size(); ++c) {
      if (!same(cells[c].header)) continue;
      if (table < 0) {
        const size_t colon = s.text.find(": ", cells[c].begin);
        out.header = s.text.substr(cells[c].begin, colon - cells[c].begin);
      }
      table = s.block;
      out.rows.emplace_back(static_cast<int>(si),
                            value_of(s.text, cells[0]) + ": " + value_of(s.text, cells[c]));
      break;
    }
  }
  return out;
}

}  // namespace tanya
