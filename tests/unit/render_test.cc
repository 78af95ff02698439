// Rendering helpers (bot/render.h): how an answer's text is shaped for a
// chat bubble.
#include "bot/render.h"

#include <catch2/catch.hpp>

using namespace tanya;

TEST_CASE("a list too long for a bubble keeps every item by its first sentence", "[bot][render]") {
  const std::string text =
      "Tahapan:\n"
      "- Evaporasi, yaitu penguapan air laut. Laut adalah penyumbang terbesar.\n"
      "- Kondensasi, yaitu pengembunan uap air. Kumpulan titik air itu tampak sebagai awan.\n"
      "- Presipitasi, yaitu turunnya air, ditulis dr. Ahmad sebagai hujan.";
  // A text that fits is left as it is.
  CHECK(fit_list(text, text.size()) == text);
  const std::string fitted = fit_list(text, 100);
  INFO(fitted);
  CHECK(fitted.find("Tahapan:\n") == 0);
  CHECK(fitted.find("- Evaporasi, yaitu penguapan air laut\n") != std::string::npos);
  CHECK(fitted.find("penyumbang terbesar") == std::string::npos);
  CHECK(fitted.find("tampak sebagai awan") == std::string::npos);
  // The last item is still there; "dr. Ahmad" is no sentence end.
  CHECK(fitted.find("dr. Ahmad sebagai hujan.") != std::string::npos);
  // Lines that are not list items are not cut.
  const std::string prose = "Satu kalimat panjang tentang air laut. Kalimat kedua tentang awan.";
  CHECK(fit_list(prose, 10) == prose);
}

TEST_CASE("an answer starts with a capital unless its first word has one of its own",
          "[bot][render]") {
  CHECK(sentence_start("pemegang obligasi adalah kreditur") == "Pemegang obligasi adalah kreditur");
  CHECK(sentence_start("pH tanah turun") == "pH tanah turun");
  CHECK(sentence_start("Deposito dijamin LPS") == "Deposito dijamin LPS");
  CHECK(sentence_start("2024: tahun pemilu") == "2024: tahun pemilu");
  CHECK(sentence_start("").empty());
}
