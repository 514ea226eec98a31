// Server: qadex's HTTP API and search page (docs/http-api.md) over one set of databases.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace qadex::serve {

struct ServerOptions {
  std::vector<std::string> databases;  // as `qadex search --db`: directories, tcp://HOST:PORT
  std::string host = "127.0.0.1";      // loopback: the API has no authentication
  int port = 8080;                     // 0: any free port (ServerOptions::on_listening says which)
  // Worker threads. A kept-alive connection holds its worker until it closes, so there should
  // be at least as many workers as clients at once; 0: 8 per core, at least 16.
  std::size_t threads = 0;
  bool access_log = true;                  // one JSON line per request on stderr
  std::size_t max_body_bytes = 64 * 1024;  // a larger request body gets 413
  std::chrono::seconds read_timeout{5};    // a client slower than this is dropped
  std::chrono::seconds write_timeout{10};
  // Accepted connections waiting for a worker; beyond, accepting waits (the kernel's backlog).
  std::size_t max_waiting = 256;
  // A request that waited longer than this for a worker is answered 503 "busy" at once, not
  // searched (its client has likely given up); 0: never. Health checks are always answered.
  std::chrono::milliseconds max_queue_wait{2000};
  // Called once the port is bound, before the first request is served.
  std::function<void(const std::string& host, int port)> on_listening;
};

// Serves until stop(). Each worker thread searches with an Index of its own (IndexPool).
class Server {
 public:
  // Opens the databases once, so a wrong --db fails here: throws IndexError, UsageError.
  explicit Server(ServerOptions options);
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  ~Server();

  // Binds and serves; returns after stop(), once the requests in flight have been answered.
  // Throws qadex::Error when the address cannot be bound.
  void run();
  // Stops accepting requests; safe from any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace qadex::serve
