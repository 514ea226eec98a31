// qadex serve: the HTTP API and search page over one or more indexes, until SIGINT or SIGTERM.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <iostream>
#include <string>
#include <thread>
#include <tuple>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/common_options.hpp"
#include "qadex/error.hpp"
#include "serve/server.hpp"

namespace qadex::cli {
namespace {

struct ServeArgs {
  std::vector<std::string> dbs;
  std::string listen = "127.0.0.1:8080";
  std::size_t threads = 0;
  std::size_t max_queue_wait_ms = 2000;
  bool quiet = false;
};

// "HOST:PORT" (an IPv6 host in brackets: "[::1]:8080"); port 0 picks a free one.
std::pair<std::string, int> parse_listen(const std::string& spec) {
  const auto colon = spec.rfind(':');
  auto fail = [&] {
    throw UsageError("--listen \"" + spec + "\" is not HOST:PORT, e.g. 127.0.0.1:8080");
  };
  if (colon == std::string::npos || colon == 0 || colon + 1 == spec.size()) fail();
  auto host = spec.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  int port = 0;
  try {
    std::size_t used = 0;
    port = std::stoi(spec.substr(colon + 1), &used);
    if (used != spec.size() - colon - 1 || port < 0 || port > 65535) fail();
  } catch (const std::logic_error&) {
    fail();
  }
  return {host, port};
}

int run_serve(const ServeArgs& args) {
  serve::ServerOptions options;
  options.databases = args.dbs;
  std::tie(options.host, options.port) = parse_listen(args.listen);
  options.threads = args.threads;
  options.max_queue_wait = std::chrono::milliseconds(args.max_queue_wait_ms);
  options.access_log = !args.quiet;
  options.on_listening = [](const std::string& host, int port) {
    const auto shown = host.find(':') == std::string::npos ? host : "[" + host + "]";
    std::cout << "qadex serve: listening on http://" << shown << ':' << port << "/ (Ctrl-C stops)"
              << std::endl;
  };

  // SIGINT and SIGTERM are taken by one thread that stops the server, which then finishes the
  // requests in flight: blocked here, before any other thread starts, so all inherit the mask.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  serve::Server server(std::move(options));
  std::thread waiter([&] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    server.stop();
  });
  try {
    server.run();
  } catch (...) {
    kill(getpid(), SIGTERM);  // wakes the waiter (still blocked: pending until it takes it)
    waiter.join();
    throw;
  }
  kill(getpid(), SIGTERM);  // after a stop for other reasons; pending, taken by the waiter
  waiter.join();
  std::cout << "qadex serve: stopped" << std::endl;
  return 0;
}

}  // namespace

void add_serve_command(CLI::App& app, Action& action) {
  auto args = std::make_shared<ServeArgs>();
  auto* command = app.add_subcommand("serve", "Serve the HTTP API and a search page");
  command->footer(
      "Binds to loopback by default: the API has no authentication; put a reverse proxy in\n"
      "front to serve others. SIGINT or SIGTERM stops it once the requests in flight are\n"
      "answered. Commits made by `qadex index` into the same directory are searched without\n"
      "a restart. Endpoints: docs/http-api.md.\n\n"
      "Examples:\n"
      "  qadex serve --db idx                      then open http://127.0.0.1:8080\n"
      "  qadex serve --db tcp://10.0.0.5:33333 --db tcp://10.0.0.6:33333 --listen 127.0.0.1:9000");
  add_db_option(*command, args->dbs);
  command->add_option("--listen", args->listen, "Address to listen on (port 0: any free port)")
      ->capture_default_str()
      ->type_name("HOST:PORT");
  command
      ->add_option("--threads", args->threads,
                   "Worker threads, each with its own index handle; a kept-alive connection "
                   "holds one (0: 8 per core, at least 16)")
      ->capture_default_str()
      ->check(CLI::Range(std::size_t{0}, std::size_t{256}));
  command
      ->add_option("--max-queue-wait", args->max_queue_wait_ms,
                   "A request that waited longer than this for a worker is answered 503 busy "
                   "(Retry-After: 1) instead of searched; health checks never are (0: no limit)")
      ->capture_default_str()
      ->type_name("MS");
  command->add_flag("--quiet", args->quiet, "No access log (one JSON line per request on stderr)");
  command->callback([args, &action] { action = [args] { return run_serve(*args); }; });
}

}  // namespace qadex::cli
