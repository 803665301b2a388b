// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/project.h"

namespace bw {

class JsonObjectReader;
class JsonWriter;

// The one (de)serialisation of a tool, shared by the JSON interchange and the built-in catalogue.

// Writes every field of the tool as one JSON object, first its key ("id": the project's id of
// the tool, which activities refer to) unless `key` is 0 (the built-in catalogue names tools).
void writeToolJson(JsonWriter &out, const Tool &tool, Id key = 0);

// Reads a tool object. A missing optional key takes its value from `base` — the built-in
// catalogue entry of the same name when there is one, so that a plan may list
// {"name": "Microsoft Teams", "clientProvided": true} and keep the catalogue's description,
// benefit and setup checklist. The returned tool has id 0; its key ("id") is the caller's to
// read.
Tool readToolJson(JsonObjectReader &in, const Tool &base = {});

} // namespace bw
