#include "text/resource_file.h"

#include <cerrno>
#include <fstream>
#include <system_error>
#include <utility>

namespace tanya::resource {

void set_error(std::string* error, std::string message) {
  if (error != nullptr) *error = std::move(message);
}

bool read_whole_file(const std::string& path, std::string* out, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    set_error(error, "cannot open " + path + ": " +
                         std::error_code(errno, std::generic_category()).message());
    return false;
  }
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) {
    set_error(error, "cannot read " + path);
    return false;
  }
  in.seekg(0, std::ios::beg);
  out->resize(static_cast<size_t>(size));
  if (size > 0 && !in.read(out->data(), size)) {
    set_error(error, "cannot read " + path);
    return false;
  }
  return true;
}

std::string_view next_line(std::string_view text, size_t* pos) {
  const size_t begin = *pos;
  size_t end = text.find('\n', begin);
  if (end == std::string_view::npos) end = text.size();
  *pos = end < text.size() ? end + 1 : end;
  std::string_view line = text.substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace tanya::resource
