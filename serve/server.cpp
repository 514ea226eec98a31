// Server: routes, limits, error shape and access log of `qadex serve`, on cpp-httplib.
#include "serve/server.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <iostream>
#include <thread>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "qadex/error.hpp"
#include "qadex/json.hpp"
#include "serve/api_error.hpp"
#include "serve/assets.hpp"
#include "serve/index_pool.hpp"
#include "serve/search_request.hpp"
#include "serve/work_queue.hpp"

namespace qadex::serve {

std::string error_json(const std::string& code, const std::string& message) {
  return nlohmann::json{{"error", {{"code", code}, {"message", message}}}}.dump(
      -1, ' ', false, nlohmann::json::error_handler_t::replace);
}

namespace {

constexpr auto kJsonType = "application/json; charset=utf-8";

void send_json(httplib::Response& response, int status, const std::string& body) {
  response.status = status;
  response.set_header("Cache-Control", "no-store");
  response.set_content(body, kJsonType);
}

void send_error(httplib::Response& response, int status, const std::string& code,
                const std::string& message) {
  send_json(response, status, error_json(code, message));
}

// For statuses httplib sets itself (no route, body too large, ...): the API's error shape.
std::pair<std::string, std::string> describe_status(int status) {
  switch (status) {
    case 400:
      return {"bad_request", "the request could not be read"};
    case 404:
      return {"not_found", "there is nothing at this address; see docs/http-api.md"};
    case 405:
      return {"method_not_allowed", "this address does not take that method"};
    case 413:
      return {"too_large", "the request body is too large"};
    case 414:
      return {"uri_too_long", "the address is too long; send the question with POST"};
    default:
      return {"error", "the request failed"};
  }
}

// When the request started, for the access log: httplib logs on the thread that served it.
thread_local std::chrono::steady_clock::time_point request_start;

}  // namespace

struct Server::Impl {
  explicit Impl(ServerOptions opts) : options(std::move(opts)), pool(options.databases) {}

  ServerOptions options;
  IndexPool pool;
  httplib::Server http;
  std::atomic<bool> stopped{false};

  // Runs `handler`, answering every error in the API's shape. Errors from the index say no
  // more than that to the client (they name files); the whole message goes to the log.
  template <typename Handler>
  httplib::Server::Handler guarded(Handler handler) {
    return [handler](const httplib::Request& request, httplib::Response& response) {
      try {
        handler(request, response);
      } catch (const ApiError& e) {
        send_error(response, e.status(), e.code(), e.what());
      } catch (const UsageError& e) {
        send_error(response, 400, "bad_parameter", e.what());
      } catch (const IndexError& e) {
        std::cerr << "qadex serve: " << request.path << ": " << e.what() << '\n';
        send_error(response, 503, "index_unavailable",
                   "the index cannot be read right now; try again shortly");
      } catch (const std::exception& e) {
        std::cerr << "qadex serve: " << request.path << ": " << e.what() << '\n';
        send_error(response, 500, "internal",
                   "the server could not answer this request; the error is in its log");
      }
    };
  }

  void search(const SearchRequest& request, httplib::Response& response) {
    send_json(response, 200, pool.with_index([&](Index& index) {
      return to_json(index.search(request.text, request.options));
    }));
  }

  void add_routes() {
    http.Get("/healthz", guarded([](const auto&, auto& response) {
               send_json(response, 200, R"({"status":"ok"})");
             }));
    http.Get("/readyz", guarded([this](const auto&, auto& response) {
               pool.check_readable();
               send_json(response, 200, R"({"status":"ready"})");
             }));
    http.Get("/v1/stats", guarded([this](const auto&, auto& response) {
               send_json(response, 200,
                         pool.with_index([](Index& index) { return to_json(index.stats()); }));
             }));
    http.Get(R"(/v1/records/(.+))", guarded([this](const auto& request, auto& response) {
               const std::string id = request.matches[1];
               const auto record = pool.with_index([&](Index& index) { return index.find(id); });
               if (!record) throw ApiError(404, "not_found", "no record has the id \"" + id + "\"");
               send_json(response, 200, to_json(*record));
             }));
    http.Get("/v1/search", guarded([this](const auto& request, auto& response) {
               std::vector<std::pair<std::string, std::string>> params(request.params.begin(),
                                                                       request.params.end());
               search(parse_search_params(params), response);
             }));
    http.Post("/v1/search", guarded([this](const auto& request, auto& response) {
                search(parse_search_body(request.body), response);
              }));
    http.Get(R"(/[^/]*)", guarded([](const auto& request, auto& response) {
               const auto asset = find_asset(request.path);
               if (!asset) throw ApiError(404, "not_found", "there is nothing at " + request.path);
               response.set_header("Content-Security-Policy",
                                   "default-src 'self'; base-uri 'none'; frame-ancestors 'none'");
               response.set_content(std::string(asset->body), std::string(asset->content_type));
             }));
  }

  void configure() {
    const auto threads = options.threads != 0
                             ? options.threads
                             : std::max<std::size_t>(16, 8 * std::thread::hardware_concurrency());
    http.new_task_queue = [threads, waiting = options.max_waiting] {
      return new WorkQueue(threads, waiting);
    };
    // A response goes out in two writes (headers, then body): with Nagle's algorithm the body
    // waits for the client's delayed ACK, 40 ms on every answer of a kept-alive connection.
    http.set_tcp_nodelay(true);
    http.set_payload_max_length(options.max_body_bytes);
    http.set_read_timeout(options.read_timeout);
    http.set_write_timeout(options.write_timeout);
    http.set_default_headers(
        {{"X-Content-Type-Options", "nosniff"}, {"Referrer-Policy", "no-referrer"}});
    http.set_error_handler(httplib::Server::HandlerWithResponse(
        [](const httplib::Request&, httplib::Response& response) {
          if (!response.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
          const auto [code, message] = describe_status(response.status);
          send_error(response, response.status, code, message);
          return httplib::Server::HandlerResponse::Handled;
        }));
    http.set_pre_routing_handler([max_wait = options.max_queue_wait](
                                     const httplib::Request& request, httplib::Response& response) {
      request_start = std::chrono::steady_clock::now();
      const auto queued_at = WorkQueue::take_queued_at();
      const bool health = request.path == "/healthz" || request.path == "/readyz";
      if (queued_at && !health && max_wait.count() > 0 && request_start - *queued_at > max_wait) {
        response.set_header("Retry-After", "1");
        send_error(response, 503, "busy", "the server is busy; try again in a moment");
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    if (options.access_log) {
      // The path only, never the query string: a question may say more about a person than
      // a log should keep.
      http.set_logger([](const httplib::Request& request, const httplib::Response& response) {
        const std::chrono::duration<double, std::milli> elapsed =
            std::chrono::steady_clock::now() - request_start;
        const nlohmann::ordered_json line = {{"method", request.method},
                                             {"path", request.path},
                                             {"status", response.status},
                                             {"ms", std::round(elapsed.count() * 10) / 10}};
        std::cerr << line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
      });
    }
    add_routes();
  }
};

Server::Server(ServerOptions options) : impl_(std::make_unique<Impl>(std::move(options))) {
  impl_->configure();
}

Server::~Server() = default;

void Server::run() {
  auto& http = impl_->http;
  const auto& options = impl_->options;
  int port = options.port;
  if (port == 0) {
    port = http.bind_to_any_port(options.host);
  } else if (!http.bind_to_port(options.host, port)) {
    port = -1;
  }
  if (port < 0) {
    throw Error("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                ": the port is in use or the address is not this machine's; choose another "
                "with --listen HOST:PORT");
  }
  if (impl_->stopped) return;
  if (options.on_listening) options.on_listening(options.host, port);
  http.listen_after_bind();
}

void Server::stop() {
  impl_->stopped = true;
  impl_->http.stop();
}

}  // namespace qadex::serve
