// Open connections per client address, so that one address cannot hold all
// of the server's connection slots (max_connections_per_address). A
// connection holds a Lease for as long as it is open; the count drops when
// the lease is destroyed. Thread-safe.
//
// Which address counts is the caller's business: the TCP peer when clients
// connect directly, the address a trusted proxy forwards (--trust-proxy)
// otherwise, since behind a proxy every peer is the proxy.
#ifndef TANYA_SERVER_ADDRESS_COUNTER_H_
#define TANYA_SERVER_ADDRESS_COUNTER_H_

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace tanya::server {

class AddressCounter {
 public:
  // One counted connection. Move-only; empty after a move.
  class Lease {
   public:
    Lease() = default;
    Lease(Lease&& other) noexcept : counter_(other.counter_), address_(std::move(other.address_)) {
      other.counter_ = nullptr;
    }
    Lease& operator=(Lease&& other) noexcept {
      if (this != &other) {
        release();
        counter_ = other.counter_;
        address_ = std::move(other.address_);
        other.counter_ = nullptr;
      }
      return *this;
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease() { release(); }

    bool held() const { return counter_ != nullptr; }

   private:
    friend class AddressCounter;
    Lease(AddressCounter* counter, std::string address)
        : counter_(counter), address_(std::move(address)) {}
    void release() {
      if (counter_ != nullptr) counter_->release(address_);
      counter_ = nullptr;
    }
    AddressCounter* counter_ = nullptr;
    std::string address_;
  };

  // `cap` connections per address; 0 counts nothing and refuses nothing.
  explicit AddressCounter(size_t cap) : cap_(cap) {}

  // A lease for one more connection from `address`, or nullopt when it has
  // `cap` open already. With no cap, an empty lease.
  std::optional<Lease> acquire(std::string_view address) {
    if (cap_ == 0) return Lease();
    std::lock_guard<std::mutex> lock(mu_);
    size_t& open = open_[std::string(address)];
    if (open >= cap_) return std::nullopt;
    ++open;
    return Lease(this, std::string(address));
  }

  size_t open(std::string_view address) const {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = open_.find(std::string(address));
    return it == open_.end() ? 0 : it->second;
  }

 private:
  void release(const std::string& address) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = open_.find(address);
    // Addresses with nothing open are forgotten, so the map holds only
    // clients connected now.
    if (it != open_.end() && --it->second == 0) open_.erase(it);
  }

  const size_t cap_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, size_t> open_;
};

}  // namespace tanya::server

#endif  // TANYA_SERVER_ADDRESS_COUNTER_H_
