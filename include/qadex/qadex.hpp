// Everything an embedding program needs: #include <qadex/qadex.hpp>.
#pragma once

#include "qadex/corpus.hpp"
#include "qadex/disclaimer.hpp"
#include "qadex/error.hpp"
#include "qadex/eval.hpp"
#include "qadex/index.hpp"
#include "qadex/json.hpp"
#include "qadex/record.hpp"
#include "qadex/search.hpp"
#include "qadex/version.hpp"
