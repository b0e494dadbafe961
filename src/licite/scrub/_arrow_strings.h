/* An Arrow pa.string() array's buffers, borrowed from Python for a C loop over its values.
 *
 * Shared by _kernels.c and _hmac.c: both take (validity or None, offsets, data, offset,
 * length) from licite.scrub.kernels, check them once here, and read value after value.
 */
#ifndef LICITE_ARROW_STRINGS_H
#define LICITE_ARROW_STRINGS_H

#include <Python.h>
#include <stdint.h>

typedef struct {
    Py_buffer validity, offsets, data;
    int has_validity;
    Py_ssize_t offset, length;
} StringArray;

static void release(StringArray *a) {
    if (a->has_validity) PyBuffer_Release(&a->validity);
    PyBuffer_Release(&a->offsets);
    PyBuffer_Release(&a->data);
}

/* Borrow the buffers; checks that the offsets cover offset + length values. */
static int borrow(PyObject *validity, PyObject *offsets, PyObject *data, Py_ssize_t offset,
                  Py_ssize_t length, StringArray *a) {
    a->has_validity = 0;
    a->offset = offset;
    a->length = length;
    if (offset < 0 || length < 0) {
        PyErr_SetString(PyExc_ValueError, "negative offset or length");
        return -1;
    }
    if (PyObject_GetBuffer(offsets, &a->offsets, PyBUF_SIMPLE) < 0) return -1;
    if (PyObject_GetBuffer(data, &a->data, PyBUF_SIMPLE) < 0) {
        PyBuffer_Release(&a->offsets);
        return -1;
    }
    if (validity != Py_None) {
        if (PyObject_GetBuffer(validity, &a->validity, PyBUF_SIMPLE) < 0) {
            PyBuffer_Release(&a->offsets);
            PyBuffer_Release(&a->data);
            return -1;
        }
        a->has_validity = 1;
    }
    if ((offset + length + 1) * (Py_ssize_t)sizeof(int32_t) > a->offsets.len ||
        (a->has_validity && (offset + length + 7) / 8 > a->validity.len)) {
        release(a);
        PyErr_SetString(PyExc_ValueError, "buffers shorter than offset + length");
        return -1;
    }
    const int32_t *offs = (const int32_t *)a->offsets.buf;
    if (length && (offs[offset] < 0 || offs[offset + length] > a->data.len ||
                   offs[offset] > offs[offset + length])) {
        release(a);
        PyErr_SetString(PyExc_ValueError, "offsets outside the data buffer");
        return -1;
    }
    return 0;
}

static inline int is_valid(const StringArray *a, Py_ssize_t i) {
    if (!a->has_validity) return 1;
    Py_ssize_t bit = a->offset + i;
    return (((const uint8_t *)a->validity.buf)[bit >> 3] >> (bit & 7)) & 1;
}

/* Value i's bytes and size; 0 for a null. */
static inline int value_at(const StringArray *a, Py_ssize_t i, const uint8_t **bytes,
                           int32_t *size) {
    if (!is_valid(a, i)) return 0;
    const int32_t *offs = (const int32_t *)a->offsets.buf + a->offset + i;
    *bytes = (const uint8_t *)a->data.buf + offs[0];
    *size = offs[1] - offs[0];
    return 1;
}

#endif
