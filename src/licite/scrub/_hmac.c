/* HMAC-SHA-256 of each value of an Arrow string array, with OpenSSL's SHA-256 (the library
 * CPython's hashlib itself uses).
 *
 * Why: a scrub against a stored list hashes every distinct contact key with the
 * installation's secret (licite.scrub.hashing). In CPython each value costs ~1.5 us of calls
 * around two SHA-256 compressions that take ~0.1 us; here the loop is in C, the inner and
 * outer states after the key are computed once and copied, and the GIL is released so two
 * threads share a column. Optional and separate from _kernels.c: it needs OpenSSL's headers
 * at build; without it licite.scrub.hashing does the same in Python, and the tests hold both
 * equal to licite.core.keyed.keyed_hash.
 */
#define PY_SSIZE_T_CLEAN
/* SHA256_Init/Update/Final: deprecated by OpenSSL 3 in favour of EVP, whose per-call
 * dispatch costs more than the compression itself on values this short. */
#define OPENSSL_API_COMPAT 10101
#include <Python.h>
#include <openssl/sha.h>
#include <stdint.h>
#include <string.h>

#include "_arrow_strings.h"

#define BLOCK 64
#define DIGEST 32

/* keyed_digests(key, prefix, validity, offsets, data, offset, length, out) -> None
 * key: the HMAC key padded to 64 bytes (already hashed when longer, as RFC 2104 says);
 * prefix: bytes hashed before each value ("phone:"). Writes each value's HMAC-SHA-256 of
 * prefix + value into `out` (writable, 32 bytes a value), in order; zeros for a null (its
 * validity hides it). Written in place: a column's digests are never copied. */
static PyObject *keyed_digests(PyObject *self, PyObject *args) {
    Py_buffer key, prefix, target;
    PyObject *validity, *offsets, *data;
    Py_ssize_t offset, length;
    StringArray a;
    if (!PyArg_ParseTuple(args, "y*y*OOOnnw*", &key, &prefix, &validity, &offsets, &data,
                          &offset, &length, &target))
        return NULL;
    int failed = borrow(validity, offsets, data, offset, length, &a) < 0;
    if (!failed && (key.len != BLOCK || target.len != length * DIGEST)) {
        PyErr_SetString(PyExc_ValueError, "a 64-byte key and 32 bytes a value needed");
        release(&a);
        failed = 1;
    }
    if (!failed) {
        unsigned char *out = (unsigned char *)target.buf;
        Py_BEGIN_ALLOW_THREADS
        unsigned char pad[BLOCK], inner_digest[DIGEST];
        SHA256_CTX inner, outer, ctx;
        for (int i = 0; i < BLOCK; i++) pad[i] = ((const unsigned char *)key.buf)[i] ^ 0x36;
        SHA256_Init(&inner);
        SHA256_Update(&inner, pad, BLOCK);
        SHA256_Update(&inner, prefix.buf, (size_t)prefix.len);
        for (int i = 0; i < BLOCK; i++) pad[i] = ((const unsigned char *)key.buf)[i] ^ 0x5C;
        SHA256_Init(&outer);
        SHA256_Update(&outer, pad, BLOCK);
        for (Py_ssize_t i = 0; i < length; i++) {
            unsigned char *digest = out + i * DIGEST;
            const uint8_t *value;
            int32_t size;
            if (!value_at(&a, i, &value, &size)) {
                memset(digest, 0, DIGEST);
                continue;
            }
            ctx = inner;
            SHA256_Update(&ctx, value, (size_t)size);
            SHA256_Final(inner_digest, &ctx);
            ctx = outer;
            SHA256_Update(&ctx, inner_digest, DIGEST);
            SHA256_Final(digest, &ctx);
        }
        Py_END_ALLOW_THREADS
        release(&a);
    }
    PyBuffer_Release(&key);
    PyBuffer_Release(&prefix);
    PyBuffer_Release(&target);
    if (failed) return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"keyed_digests", keyed_digests, METH_VARARGS,
     "(key, prefix, validity, offsets, data, offset, length, out): HMAC-SHA-256 digests."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "licite.scrub._hmac",
    "HMAC-SHA-256 of a column in C (see licite.scrub.hashing).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__hmac(void) { return PyModule_Create(&module); }
