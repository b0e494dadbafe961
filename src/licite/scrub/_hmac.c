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

#define BLOCK 64
#define DIGEST 32

/* keyed_digests(key, prefix, validity, offsets, data, offset, length, out) -> None
 * key: the HMAC key padded to 64 bytes (already hashed when longer, as RFC 2104 says);
 * prefix: bytes hashed before each value ("phone:"). Writes each value's HMAC-SHA-256 of
 * prefix + value into `out` (writable, 32 bytes a value), in order; zeros for a null (its
 * validity hides it). Written in place: a column's digests are never copied. */
static PyObject *keyed_digests(PyObject *self, PyObject *args) {
    Py_buffer key, prefix, validity_buffer, offsets, data, target;
    PyObject *validity;
    Py_ssize_t offset, length;
    if (!PyArg_ParseTuple(args, "y*y*Oy*y*nnw*", &key, &prefix, &validity, &offsets, &data,
                          &offset, &length, &target))
        return NULL;
    int has_validity = 0, failed = 0;
    if (validity != Py_None) {
        if (PyObject_GetBuffer(validity, &validity_buffer, PyBUF_SIMPLE) < 0) failed = 1;
        else has_validity = 1;
    }
    const int32_t *offs = (const int32_t *)offsets.buf;
    if (!failed && (key.len != BLOCK || offset < 0 || length < 0 ||
                    (offset + length + 1) * (Py_ssize_t)sizeof(int32_t) > offsets.len ||
                    (has_validity && (offset + length + 7) / 8 > validity_buffer.len) ||
                    (length && (offs[offset] < 0 || offs[offset] > offs[offset + length] ||
                                offs[offset + length] > data.len)) ||
                    target.len != length * DIGEST)) {
        PyErr_SetString(PyExc_ValueError,
                        "a 64-byte key, consistent Arrow buffers and 32 bytes a value needed");
        failed = 1;
    }
    if (!failed) {
        unsigned char *out = (unsigned char *)target.buf;
        const unsigned char *bytes = (const unsigned char *)data.buf;
        const uint8_t *valid = has_validity ? (const uint8_t *)validity_buffer.buf : NULL;
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
            Py_ssize_t bit = offset + i;
            unsigned char *digest = out + i * DIGEST;
            if (valid && !((valid[bit >> 3] >> (bit & 7)) & 1)) {
                memset(digest, 0, DIGEST);
                continue;
            }
            int32_t start = offs[offset + i], end = offs[offset + i + 1];
            ctx = inner;
            SHA256_Update(&ctx, bytes + start, (size_t)(end - start));
            SHA256_Final(inner_digest, &ctx);
            ctx = outer;
            SHA256_Update(&ctx, inner_digest, DIGEST);
            SHA256_Final(digest, &ctx);
        }
        Py_END_ALLOW_THREADS
    }
    if (has_validity) PyBuffer_Release(&validity_buffer);
    PyBuffer_Release(&key);
    PyBuffer_Release(&prefix);
    PyBuffer_Release(&offsets);
    PyBuffer_Release(&data);
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
