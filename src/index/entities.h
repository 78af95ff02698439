// Finds the named things of an article in its own wording, at index time:
//   "ASEAN (Association of Southeast Asian Nations)"  acronym + expansion
//   "Kamus Besar Bahasa Indonesia (KBBI)"             expansion + acronym
//   "UN (United Nations) atau Persatuan Bangsa-Bangsa" + alias, and "PBB"
//                                                      from the alias' initials
//   "World Bank atau Bank Dunia"                      a named list item + alias
//   "### Kerja sama Bilateral" repeating a list item  a sub-type with a section
// Nothing here knows the article: change the text and the entities follow.
#ifndef TANYA_INDEX_ENTITIES_H_
#define TANYA_INDEX_ENTITIES_H_

#include <string>
#include <string_view>
#include <vector>

#include "index/document.h"

namespace tanya {

struct EntityRecord {
  std::string name;                  // "ASEAN", "World Bank", "Kerja sama bilateral"
  std::string expansion;             // "Association of Southeast Asian Nations", or ""
  std::vector<std::string> aliases;  // other names
  std::string kind;                  // "acronym", "named" or "subtype"
  int section = 0;                   // index into Document::sections
  int block = -1;                    // index into that section's blocks, -1 if none
  int item = -1;                     // list item index, -1 if not in a list
};

std::vector<EntityRecord> extract_entities(const Document& doc);

// A heading without its numbering: "#1 Kerja sama Bilateral", "3. Siklus
// Panjang" -> the name.
std::string strip_numbering(std::string_view heading);

// Initials of the capitalised words of a name, hyphenated parts counted
// separately: "Persatuan Bangsa-Bangsa" -> "PBB". "" when fewer than 3.
std::string initials(const std::string& name);

}  // namespace tanya

#endif  // TANYA_INDEX_ENTITIES_H_
