// Error types thrown by the core library. Every parser and validator throws one of these with a
// message a person can act on; callers at the edges (CLI, RPC, UI) turn them into one clear line.
#pragma once

#include <stdexcept>
#include <string>

namespace ipc {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Text or bytes that do not have the expected form (bad hex, bad checksum, wrong length...).
class ParseError : public Error {
public:
    using Error::Error;
};

// Arithmetic that would leave the value range (256-bit overflow, underflow, division by zero).
class ArithmeticError : public Error {
public:
    using Error::Error;
};

}  // namespace ipc
