#ifndef CCRYPTO_SHIM_H
#define CCRYPTO_SHIM_H
/* libcrypto's message digests (EVP), for the SHA-256 of recording files. */
#include <openssl/evp.h>
#endif
