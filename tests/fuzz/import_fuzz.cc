// Fuzz target: importing articles (src/import): any bytes as a saved HTML
// page and as a WordPress export. Checked: nothing escapes or crashes; every
// article has a slug of lowercase letters, digits and hyphens and opens with
// a front matter; an input either imports something or says why not.
#include "fuzz_support.h"
#include "import/importer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes = tanya::fuzz::as_text(data, size);
  for (const tanya::ImportResult& r :
       {tanya::import_html("page.html", bytes), tanya::import_wxr("export.xml", bytes)}) {
    for (const tanya::ImportedArticle& a : r.articles) {
      TANYA_FUZZ_CHECK(!a.slug.empty());
      for (char c : a.slug)
        TANYA_FUZZ_CHECK((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
      TANYA_FUZZ_CHECK(a.markdown.rfind("---\ntitle: \"", 0) == 0);
    }
  }
  TANYA_FUZZ_CHECK(!tanya::import_html("page.html", bytes).articles.empty() ||
                   !tanya::import_html("page.html", bytes).errors.empty());
  return 0;
}
