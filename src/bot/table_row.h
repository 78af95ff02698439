// Table rows, as the index keeps them: one list item per body row of a GFM
// table, written "Label: value; Header: value; Header: value"
// (index/markdown.cc). The first cell is the row's label ("Aspek: Bentuk"),
// what the row compares; each later cell is one column's value.
//
//   std::vector<TableCell> cells = table_cells(sentence, lexicon.stop_words);
//   if (!cells.empty()) ... cells[0] is the label, cells[1..] the columns
//
// one_column() narrows an answer made of rows to what the question asks
// of them: the column it names ("Pelanggaran HAM berat bentuknya apa?" is
// the column "Pelanggaran HAM berat", not "... ringan") and the rows whose
// label it names ("bentuk").
#ifndef TANYA_BOT_TABLE_ROW_H_
#define TANYA_BOT_TABLE_ROW_H_

#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "bot/answerer.h"
#include "bot/understand.h"
#include "index/knowledge.h"

namespace tanya {

struct TableCell {
  size_t begin = 0, end = 0;  // byte range of "Header: value" in the sentence's text
  Terms header, value;        // their terms, stop words left out
};

// The cells of `s`, or none when it is no table row: fewer than three
// cells, or a part with no "Header: ".
std::vector<TableCell> table_cells(const KSentence& s,
                                   const std::unordered_set<std::string>& stop_words);

// The column of a table headed by exactly `name` (its terms, stop words
// left out), as the article writes its header, and each row's sentence
// with "Label: value" of that column. No rows when no table has it.
struct TableColumn {
  std::string header;                             // "Besi Heme"
  std::vector<std::pair<int, std::string>> rows;  // sentence, "Sumber: Pangan hewani"
};
TableColumn column_named(const Knowledge& kb, const std::unordered_set<std::string>& stop_words,
                         const Terms& name);

// `d` with its rows narrowed to the one column the question names by a word
// of its header no other header has, and to the rows whose label the
// question names, when it names some but not all. `d` as it was when its
// sentences are not all rows of one table, when the question names no
// column or more than one, or when it compares or asks yes or no (which
// want the whole row).
Draft one_column(const Knowledge& kb, const std::unordered_set<std::string>& stop_words,
                 const Understanding& u, Draft d);

}  // namespace tanya

#endif  // TANYA_BOT_TABLE_ROW_H_
