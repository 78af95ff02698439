#include "server_process.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <cstring>
#include <nlohmann/json.hpp>

extern char** environ;

namespace tanya::testing {

ServerProcess::ServerProcess(const std::string& binary, const std::vector<std::string>& args,
                             const std::map<std::string, std::string>& env) {
  std::vector<std::string> environment;
  for (char** e = environ; *e; ++e) {
    if (std::strncmp(*e, "TANYA_", 6) != 0) environment.emplace_back(*e);
  }
  for (const auto& [name, value] : env) environment.push_back(name + "=" + value);
  std::vector<std::string> argv_strings = {binary};
  argv_strings.insert(argv_strings.end(), args.begin(), args.end());

  // Everything exec needs is prepared before fork().
  std::vector<char*> argv;
  for (auto& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);
  std::vector<char*> envp;
  for (auto& s : environment) envp.push_back(s.data());
  envp.push_back(nullptr);

  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return;
  pid_ = fork();
  if (pid_ == 0) {
    dup2(pipe_fds[1], 2);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    execve(binary.c_str(), argv.data(), envp.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  stderr_fd_ = pipe_fds[0];
  if (pid_ < 0) return;

  // Drains stderr continuously (a full pipe would block the server).
  reader_ = std::thread([this] {
    char buffer[4096];
    for (;;) {
      ssize_t n = read(stderr_fd_, buffer, sizeof buffer);
      std::lock_guard<std::mutex> lock(mutex_);
      if (n <= 0) {
        closed_ = true;
        changed_.notify_all();
        return;
      }
      log_.append(buffer, static_cast<size_t>(n));
      changed_.notify_all();
    }
  });

  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, std::chrono::seconds(60), [this] {
    size_t start = 0;
    for (size_t end; (end = log_.find('\n', start)) != std::string::npos; start = end + 1) {
      auto line = nlohmann::json::parse(log_.substr(start, end - start), nullptr, false);
      if (line.is_object() && line.value("event", "") == "listening") {
        port_ = line.value("port", 0);
        return true;
      }
    }
    return closed_;
  });
}

ServerProcess::~ServerProcess() {
  stop();
}

int ServerProcess::stop() {
  int status = -1;
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    // A server that ignores SIGTERM for 30 s fails the test, not the machine.
    for (int i = 0; i < 3000; ++i) {
      if (waitpid(pid_, &status, WNOHANG) == pid_) break;
      if (i == 2999) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    pid_ = -1;
  }
  if (reader_.joinable()) reader_.join();
  if (stderr_fd_ >= 0) {
    close(stderr_fd_);
    stderr_fd_ = -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ServerProcess::log() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return log_;
}

Reply http_request(int port, const std::string& method, const std::string& target,
                   const std::map<std::string, std::string>& headers, const std::string& body) {
  namespace net = boost::asio;
  namespace beast = boost::beast;
  namespace http = boost::beast::http;
  Reply reply;
  try {
    net::io_context ioc;
    beast::tcp_stream stream(ioc);
    stream.connect(net::ip::tcp::endpoint(net::ip::make_address("127.0.0.1"),
                                          static_cast<unsigned short>(port)));
    http::request<http::string_body> request{http::string_to_verb(method), target, 11};
    request.set(http::field::host, "127.0.0.1");
    for (const auto& [name, value] : headers) request.set(name, value);
    request.body() = body;
    request.prepare_payload();
    http::write(stream, request);
    beast::flat_buffer buffer;
    http::response<http::string_body> response;
    http::read(stream, buffer, response);
    reply.status = static_cast<int>(response.result_int());
    reply.body = response.body();
    beast::error_code ignored;
    stream.socket().shutdown(net::ip::tcp::socket::shutdown_both, ignored);
  } catch (const std::exception&) {
    reply.status = 0;
  }
  return reply;
}

}  // namespace tanya::testing
