#include "tls_fake.h"

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <mutex>

namespace tanya::testing {

namespace {
std::string bio_string(BIO* bio) {
  char* data = nullptr;
  long size = BIO_get_mem_data(bio, &data);
  return std::string(data, static_cast<size_t>(size));
}
}  // namespace

TestCertificate make_test_certificate(const std::string& subject_alt_name) {
  TestCertificate out;
  EVP_PKEY* key = EVP_EC_gen("P-256");
  X509* cert = X509_new();
  ASN1_INTEGER_set(X509_get_serialNumber(cert), 1);
  X509_gmtime_adj(X509_getm_notBefore(cert), -60);
  X509_gmtime_adj(X509_getm_notAfter(cert), 24 * 3600);
  X509_set_pubkey(cert, key);
  X509_NAME* name = X509_get_subject_name(cert);
  X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                             reinterpret_cast<const unsigned char*>("tanya-test"), -1, -1, 0);
  X509_set_issuer_name(cert, name);
  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
  for (auto [nid, value] :
       {std::pair<int, const char*>{NID_subject_alt_name, subject_alt_name.c_str()},
        {NID_basic_constraints, "critical,CA:TRUE"}}) {
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    X509_add_ext(cert, ext, -1);
    X509_EXTENSION_free(ext);
  }
  X509_sign(cert, key, EVP_sha256());
  BIO* cert_bio = BIO_new(BIO_s_mem());
  PEM_write_bio_X509(cert_bio, cert);
  out.cert_pem = bio_string(cert_bio);
  BIO* key_bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PrivateKey(key_bio, key, nullptr, nullptr, 0, nullptr, nullptr);
  out.key_pem = bio_string(key_bio);
  BIO_free(cert_bio);
  BIO_free(key_bio);
  X509_free(cert);
  EVP_PKEY_free(key);
  return out;
}

namespace net = boost::asio;
namespace ssl = boost::asio::ssl;
namespace beast = boost::beast;
namespace http = boost::beast::http;
using tcp = net::ip::tcp;

struct TlsFakeServer::Impl {
  net::io_context ioc;
  ssl::context tls{ssl::context::tls_server};
  tcp::acceptor acceptor{ioc};
  std::thread thread;
  mutable std::mutex mutex;
  std::string last_body;
  unsigned short port = 0;
  std::atomic<bool> stopping{false};
};

TlsFakeServer::TlsFakeServer(const TestCertificate& certificate) : impl_(std::make_unique<Impl>()) {
  impl_->tls.use_certificate_chain(net::buffer(certificate.cert_pem));
  impl_->tls.use_private_key(net::buffer(certificate.key_pem), ssl::context::pem);
  tcp::endpoint endpoint(net::ip::make_address("127.0.0.1"), 0);
  impl_->acceptor.open(endpoint.protocol());
  impl_->acceptor.bind(endpoint);
  impl_->acceptor.listen();
  impl_->port = impl_->acceptor.local_endpoint().port();
  impl_->thread = std::thread([this] {
    for (;;) {
      beast::error_code ec;
      tcp::socket socket(impl_->ioc);
      impl_->acceptor.accept(socket, ec);
      if (ec || impl_->stopping) return;
      beast::ssl_stream<tcp::socket> stream(std::move(socket), impl_->tls);
      stream.handshake(ssl::stream_base::server, ec);
      if (ec) continue;  // e.g. the client rejected our certificate
      beast::flat_buffer buffer;
      http::request<http::string_body> request;
      http::read(stream, buffer, request, ec);
      if (ec) continue;
      {
        std::lock_guard<std::mutex> lock(impl_->mutex);
        impl_->last_body = request.body();
      }
      http::response<http::string_body> response{http::status::ok, 11};
      response.set(http::field::content_type, "application/json");
      response.body() = R"({"ok":true,"tls":true})";
      response.prepare_payload();
      http::write(stream, response, ec);
      if (!ec) ++served_;
    }
  });
}

TlsFakeServer::~TlsFakeServer() {
  // The acceptor belongs to the server thread: wake its blocking accept
  // with a connection instead of closing it from here.
  impl_->stopping = true;
  net::io_context ioc;
  tcp::socket poke(ioc);
  beast::error_code ignored;
  poke.connect(tcp::endpoint(net::ip::make_address("127.0.0.1"), impl_->port), ignored);
  impl_->thread.join();
}

int TlsFakeServer::port() const {
  return impl_->port;
}

std::string TlsFakeServer::last_body() const {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  return impl_->last_body;
}

}  // namespace tanya::testing
