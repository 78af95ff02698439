#include "channels/text_split.h"

namespace tanya::channels {
namespace {

// Byte length of the UTF-8 sequence starting at text[i], or 1 for a byte
// that does not start a valid sequence (it is then counted on its own).
size_t sequence_length(std::string_view text, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char c = byte(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n <= 1 || i + n > text.size()) return 1;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 1;
  }
  return n;
}

size_t units(size_t sequence_bytes) {
  return sequence_bytes == 4 ? 2 : 1;
}

// Largest byte offset, on a sequence boundary, whose prefix fits `limit`.
size_t fitting_prefix(std::string_view text, size_t limit) {
  size_t used = 0;
  size_t i = 0;
  while (i < text.size()) {
    size_t n = sequence_length(text, i);
    if (used + units(n) > limit) break;
    used += units(n);
    i += n;
  }
  return i;
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Where to break a prefix of `cut` bytes: the best separator in its second
// half (a break in the first half would make tiny parts), or `cut` itself.
size_t break_point(std::string_view text, size_t cut) {
  std::string_view head = text.substr(0, cut);
  for (std::string_view separator : {"\n\n", "\n", ". ", "? ", "! ", " "}) {
    size_t at = head.rfind(separator);
    if (at != std::string_view::npos && at >= cut / 2 && at > 0) {
      // Keep sentence punctuation with the sentence it ends.
      return separator.size() == 2 && separator[1] == ' ' ? at + 1 : at;
    }
  }
  return cut;
}

}  // namespace

size_t text_length(std::string_view text) {
  size_t length = 0;
  for (size_t i = 0; i < text.size();) {
    size_t n = sequence_length(text, i);
    length += units(n);
    i += n;
  }
  return length;
}

std::string shorten(std::string_view text, size_t limit) {
  if (text_length(text) <= limit) return std::string(text);
  static constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // "…", one unit
  size_t cut = fitting_prefix(text, limit - 1);
  size_t space = text.substr(0, cut).rfind(' ');
  if (space != std::string_view::npos && space >= cut / 2) cut = space;
  std::string out(trim(text.substr(0, cut)));
  out += kEllipsis;
  return out;
}

std::vector<std::string> split_text(std::string_view text, size_t limit, size_t max_parts) {
  std::vector<std::string> parts;
  std::string_view rest = trim(text);
  while (!rest.empty()) {
    if (parts.size() + 1 == max_parts || text_length(rest) <= limit) {
      parts.push_back(shorten(rest, limit));
      break;
    }
    size_t cut = break_point(rest, fitting_prefix(rest, limit));
    if (cut == 0) cut = sequence_length(rest, 0);  // limit smaller than one character
    std::string_view part = trim(rest.substr(0, cut));
    if (!part.empty()) parts.emplace_back(part);
    rest = trim(rest.substr(cut));
  }
  return parts;
}

}  // namespace tanya::channels
