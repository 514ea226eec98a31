// MedQuAD XML: one <Document> per file, each QA pair a Record.
#pragma once

#include <istream>
#include <string>

#include "corpus/read_context.hpp"

namespace qadex::corpus {

// Reads one MedQuAD file (a single topic document, small enough to parse whole) and emits
// one Record per QA pair with answer text, id `<source>_<Document id>_Sec<n>`, n the 1-based
// position of the pair in the file. Survives MedQuAD's irregular files: NINDS <doc>/<pair>,
// CDC <DiseaseFile fid>, UMLS outside FocusAnnotations. `file` is the path as found.
void read_medquad(std::istream& in, const std::string& file, ReadContext& ctx);

}  // namespace qadex::corpus
