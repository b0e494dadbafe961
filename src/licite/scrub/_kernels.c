/* Three loops of the scrub in C, over an Arrow string array's own buffers (no copy).
 *
 * Why: each runs once per value over millions of values, and each is a handful of byte
 * comparisons that RE2, called from DuckDB or Arrow, makes cost 50-100 ns a value (the call,
 * the UTF-8 handling, the intermediate strings). Optional: licite.scrub.kernels falls back
 * to the same work in DuckDB/Arrow when this module is not built, and the tests hold both
 * equal (tests/scrub/test_scrub_kernels.py).
 *
 * french_digits: the values written as a French number with separators anywhere, after a
 *   label at most (licite.scrub.notation.LABELLED_FRENCH), and their nine digits.
 * international_compact: the values written as an international number with separators
 *   anywhere, without them (licite.scrub.phones reads their calling code and validates them).
 * plain_split, key_tails, tail_table, tails_in: which list values may match a contact
 *   (licite.scrub.matcher.candidates).
 * line_tails: plain_split straight from a list file's lines, when they are bare numbers
 *   (licite.scrub.list_lines).
 *
 * The others read (validity or None, offsets, data, offset, length) of a pa.string() array:
 * int32 offsets, bit-packed validity, the array's own offset into them.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#include "_arrow_strings.h"

/* The arguments (validity, offsets, data, offset, length) borrowed into `a`. */
static int parse_array(PyObject *args, StringArray *a) {
    PyObject *validity, *offsets, *data;
    Py_ssize_t offset, length;
    if (!PyArg_ParseTuple(args, "OOOnn", &validity, &offsets, &data, &offset, &length))
        return -1;
    return borrow(validity, offsets, data, offset, length, a);
}

/* Two new bytes objects of the sizes given, uninitialised; on failure none, `a` released. */
static int two_bytes(Py_ssize_t first_size, Py_ssize_t second_size, PyObject **first,
                     PyObject **second, StringArray *a) {
    *first = PyBytes_FromStringAndSize(NULL, first_size);
    *second = *first ? PyBytes_FromStringAndSize(NULL, second_size) : NULL;
    if (*second != NULL) return 0;
    Py_XDECREF(*first);
    release(a);
    return -1;
}

/* The value's bytes without separators (space . - and U+00A0), at most `most` of them; -1
 * when longer, or when a byte other than a separator, a digit, + ( ) appears. */
static int compact(const uint8_t *s, int32_t n, char *out, int most) {
    int k = 0;
    for (int32_t j = 0; j < n; j++) {
        uint8_t c = s[j];
        if (c == ' ' || c == '.' || c == '-') continue;
        if (c == 0xC2 && j + 1 < n && s[j + 1] == 0xA0) {
            j++;
            continue;
        }
        if ((c >= '0' && c <= '9') || c == '+' || c == '(' || c == ')') {
            if (k == most) return -1;
            out[k++] = (char)c;
            continue;
        }
        return -1;
    }
    return k;
}

static inline int all_digits(const char *s, int n) {
    for (int i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* How many bytes of words and punctuation open the value (LABEL: ASCII letters, Latin-1
 * letters as UTF-8, and the ASCII punctuation of LEADING), as in "Tél : 06 12 34 56 78". */
static int32_t label(const uint8_t *s, int32_t n) {
    int32_t j = 0;
    while (j < n) {
        uint8_t c = s[j];
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0x20 && c <= 0x2a) ||
            (c >= 0x2c && c <= 0x2f) || c == 0x3a || (c >= 0x3c && c <= 0x40) ||
            (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e)) {
            j++;
        } else if (c == 0xC3 && j + 1 < n && s[j + 1] >= 0x80 && s[j + 1] <= 0xBF &&
                   s[j + 1] != 0x97 && s[j + 1] != 0xB7) {
            j += 2; /* U+00C0-U+00FF but the signs × and ÷ */
        } else {
            break;
        }
    }
    return j;
}

/* FRENCH (^(?:0|\+33|0033|33|\+33\(0\))[1-9]\d{8}$) on a compact value: 1 when it matches. */
static int french(const char *c, int k) {
    int prefix;
    switch (k) {
    case 10: prefix = c[0] == '0'; break;
    case 11: prefix = c[0] == '3' && c[1] == '3'; break;
    case 12: prefix = c[0] == '+' && c[1] == '3' && c[2] == '3'; break;
    case 13: prefix = memcmp(c, "0033", 4) == 0; break;
    case 15: prefix = memcmp(c, "+33(0)", 6) == 0; break;
    default: return 0;
    }
    const char *nsn = c + k - 9;
    return prefix && nsn[0] >= '1' && nsn[0] <= '9' && all_digits(nsn, 9);
}

/* The value opens on 0 once its leading white space is trimmed (space and U+00A0, the only
 * white space a LABELLED_FRENCH value can open on): the overseas retry's condition. */
static int opens_on_zero(const uint8_t *s, int32_t n) {
    int32_t j = 0;
    while (j < n && (s[j] == ' ' || (s[j] == 0xC2 && j + 1 < n && s[j + 1] == 0xA0)))
        j += s[j] == ' ' ? 1 : 2;
    return j < n && s[j] == '0';
}

/* french_digits(validity, offsets, data, offset, length) -> (forms, digits)
 * forms: one byte a value, 0 when it is not in LABELLED_FRENCH or null; else 1 when it does
 * not open on 0 (trimmed), 2 when it does and is 0 and the nine digits (no separators),
 * 3 when it opens on 0 in another form (0033...). digits: the nine digits of each value in
 * LABELLED_FRENCH, in order, nine bytes each. */
static PyObject *french_digits(PyObject *self, PyObject *args) {
    StringArray a;
    PyObject *forms, *digits;
    if (parse_array(args, &a) < 0) return NULL;
    Py_ssize_t length = a.length;
    if (two_bytes(length, length * 9, &forms, &digits, &a) < 0) return NULL;
    uint8_t *flag = (uint8_t *)PyBytes_AS_STRING(forms);
    char *out = PyBytes_AS_STRING(digits);
    Py_ssize_t found = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < length; i++) {
        const uint8_t *value;
        int32_t size;
        flag[i] = 0;
        if (!value_at(&a, i, &value, &size)) continue;
        char compacted[15]; /* the longest FRENCH match: "+33(0)" and nine digits */
        int32_t skip = label(value, size);
        int k = compact(value + skip, size - skip, compacted, 15);
        if (k < 0 || !french(compacted, k)) continue;
        flag[i] = !opens_on_zero(value, size) ? 1 : k == 10 ? 2 : 3;
        memcpy(out + found * 9, compacted + k - 9, 9);
        found++;
    }
    Py_END_ALLOW_THREADS
    release(&a);
    if (_PyBytes_Resize(&digits, found * 9) < 0) {
        Py_DECREF(forms);
        return NULL;
    }
    return Py_BuildValue("(NN)", forms, digits);
}

/* international_compact(validity, offsets, data, offset, length) -> (offsets, data)
 * For each value that is, once its separators are removed, INTERNATIONAL
 * (^(?:\+|00)[1-9]\d{6,16}$) and not FRENCH: that compact text; for the others (and nulls),
 * nothing: offsets (int32, length + 1) and data of a string array, a value's end equal to its
 * start where it has none (the caller marks those null). */
static PyObject *international_compact(PyObject *self, PyObject *args) {
    StringArray a;
    PyObject *ends, *text;
    if (parse_array(args, &a) < 0) return NULL;
    Py_ssize_t offset = a.offset, length = a.length;
    const int32_t *offs = (const int32_t *)a.offsets.buf;
    /* never longer than the values themselves, which fit int32 offsets */
    Py_ssize_t total = length ? offs[offset + length] - offs[offset] : 0;
    if (two_bytes((length + 1) * (Py_ssize_t)sizeof(int32_t), total, &ends, &text, &a) < 0)
        return NULL;
    int32_t *end = (int32_t *)PyBytes_AS_STRING(ends);
    char *out = PyBytes_AS_STRING(text);
    int32_t used = 0;
    Py_BEGIN_ALLOW_THREADS
    end[0] = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        const uint8_t *value;
        int32_t size;
        end[i + 1] = used;
        if (!value_at(&a, i, &value, &size)) continue;
        char compacted[19]; /* "00" and seventeen digits */
        int k = compact(value, size, compacted, 19);
        if (k < 0) continue;
        int lead = compacted[0] == '+' ? 1 : (k > 1 && compacted[0] == '0' && compacted[1] == '0') ? 2 : 0;
        int digits = k - lead;
        if (!lead || digits < 7 || digits > 17 || compacted[lead] < '1' || compacted[lead] > '9' ||
            !all_digits(compacted + lead, digits) || french(compacted, k))
            continue;
        memcpy(out + used, compacted, (size_t)k);
        used += k;
        end[i + 1] = used;
    }
    Py_END_ALLOW_THREADS
    release(&a);
    if (_PyBytes_Resize(&text, used) < 0) {
        Py_DECREF(ends);
        return NULL;
    }
    return Py_BuildValue("(NN)", ends, text);
}

#define EMPTY UINT32_MAX

/* The value of nine ASCII digits, or EMPTY when one of them is not a digit: the last eight
 * read as one word and checked and converted together (a digit at a time was a chain of
 * nine multiply-adds, most of the loop's time). */
static inline uint32_t nine_digits(const char *s) {
    if (s[0] < '0' || s[0] > '9') return EMPTY;
    uint64_t word;
    memcpy(&word, s + 1, 8);
    if ((word & 0xF0F0F0F0F0F0F0F0ull) != 0x3030303030303030ull ||
        ((word + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull) != 0x3030303030303030ull)
        return EMPTY;
    word -= 0x3030303030303030ull;
    word = (word * 10) + (word >> 8);
    word = (((word & 0x000000FF000000FFull) * (100 + (1000000ull << 32))) +
            (((word >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32)))) >> 32;
    return (uint32_t)(s[0] - '0') * 100000000u + (uint32_t)word;
}

static inline uint32_t slot(uint32_t value, int bits) {
    return (uint32_t)(((uint64_t)value * 0x9E3779B97F4A7C15ull) >> (64 - bits));
}

/* The table tail_table makes: a header (slots, filter bits: two uint64), a filter (a bitset
 * of filter bits, one bit per tail, small enough to stay in a core's cache) and the hash set
 * (slots uint32, EMPTY where free). A list value's tail that the filter lacks (most of them)
 * is settled without touching the set, whose probes miss the cache. */
typedef struct {
    const uint64_t *filter;
    uint64_t filter_bits_log2;
    const uint32_t *set;
    int bits;
} TailTable;

/* At most 2^23 filter bits (1 MiB: a core's cache here holds 2 MiB), 16 per tail below. */
#define FILTER_MAX_LOG2 23

static inline uint64_t filter_hash(uint32_t value) {
    return (uint64_t)value * 0xC2B2AE3D27D4EB4Full;
}

static int open_table(const Py_buffer *buffer, TailTable *t) {
    uint64_t header[2];
    if (buffer->len < (Py_ssize_t)sizeof(header)) goto bad;
    memcpy(header, buffer->buf, sizeof(header));
    uint64_t slots = header[0], log2 = header[1];
    if (slots < 16 || (slots & (slots - 1)) || log2 < 6 || log2 > FILTER_MAX_LOG2) goto bad;
    if ((uint64_t)buffer->len != sizeof(header) + (((uint64_t)1 << log2) / 8) + slots * 4)
        goto bad;
    t->filter = (const uint64_t *)((const char *)buffer->buf + sizeof(header));
    t->filter_bits_log2 = log2;
    t->set = (const uint32_t *)((const char *)t->filter + (((uint64_t)1 << log2) / 8));
    t->bits = 0;
    while (((uint64_t)1 << t->bits) < slots) t->bits++;
    return 0;
bad:
    PyErr_SetString(PyExc_ValueError, "not a table made by tail_table");
    return -1;
}

/* tail_table(tails) -> table: the contacts' tails (uint32, native order, any order, repeats
 * allowed: the last nine digits of each key) as a filter and a hash set (see TailTable),
 * probed by tails_in. */
static PyObject *tail_table(PyObject *self, PyObject *args) {
    Py_buffer tails;
    if (!PyArg_ParseTuple(args, "y*", &tails)) return NULL;
    Py_ssize_t count = tails.len / (Py_ssize_t)sizeof(uint32_t);
    int bits = 4;
    while (((Py_ssize_t)1 << bits) < 2 * count && bits < 40) bits++;
    uint64_t log2 = 9;
    while (log2 < FILTER_MAX_LOG2 && ((uint64_t)1 << log2) < 16 * (uint64_t)count) log2++;
    uint64_t slots = (uint64_t)1 << bits, mask = slots - 1, filter_bytes = ((uint64_t)1 << log2) / 8;
    uint64_t header[2] = {slots, log2};
    PyObject *result =
        PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(sizeof(header) + filter_bytes + slots * 4));
    if (result == NULL) {
        PyBuffer_Release(&tails);
        return NULL;
    }
    char *out = PyBytes_AS_STRING(result);
    memcpy(out, header, sizeof(header));
    uint64_t *filter = (uint64_t *)(out + sizeof(header));
    uint32_t *set = (uint32_t *)(out + sizeof(header) + filter_bytes);
    const uint32_t *tail = (const uint32_t *)tails.buf;
    Py_BEGIN_ALLOW_THREADS
    memset(filter, 0, filter_bytes);
    memset(set, 0xFF, slots * 4);
    for (Py_ssize_t t = 0; t < count; t++) {
        uint32_t value = tail[t];
        if (value == EMPTY) continue;
        uint64_t bit = filter_hash(value) >> (64 - log2);
        filter[bit >> 6] |= (uint64_t)1 << (bit & 63);
        size_t s = slot(value, bits);
        while (set[s] != EMPTY && set[s] != value) s = (s + 1) & mask;
        set[s] = value;
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&tails);
    return result;
}

/* The nine digits of a PLAIN value (^(?:0|\+33)[1-9]\d{8}$), with PLUS set when it is written
 * +33; EMPTY when the value is not PLAIN. */
#define PLUS 0x80000000u

static inline uint32_t plain_tail(const char *v, int32_t size) {
    const char *nsn;
    uint32_t plus = 0;
    if (size == 10 && v[0] == '0') nsn = v + 1;
    else if (size == 12 && v[0] == '+' && v[1] == '3' && v[2] == '3') {
        nsn = v + 3;
        plus = PLUS;
    } else return EMPTY;
    if (nsn[0] == '0') return EMPTY;
    uint32_t value = nine_digits(nsn);
    return value == EMPTY ? EMPTY : value | plus;
}

static inline int in_table(const TailTable *table, uint32_t value) {
    uint64_t bit = filter_hash(value) >> (64 - table->filter_bits_log2);
    if (!((table->filter[bit >> 6] >> (bit & 63)) & 1)) return 0;
    size_t mask = ((size_t)1 << table->bits) - 1, s = slot(value, table->bits);
    while (table->set[s] != EMPTY && table->set[s] != value) s = (s + 1) & mask;
    return table->set[s] == value;
}

/* plain_split(validity, offsets, data, offset, length) -> (plain, tails)
 * plain: one byte a value, 1 when it is PLAIN (never a null). tails: for each PLAIN value in
 * order, its nine digits as a uint32 (native order), PLUS set when it is written +33: the value
 * can be written back from it, so a list's plain values are held in 4 bytes each until the
 * contacts' tails are known (tails_in). */
static PyObject *plain_split(PyObject *self, PyObject *args) {
    StringArray a;
    PyObject *plain, *tails;
    if (parse_array(args, &a) < 0) return NULL;
    Py_ssize_t length = a.length;
    if (two_bytes(length, length * (Py_ssize_t)sizeof(uint32_t), &plain, &tails, &a) < 0)
        return NULL;
    uint8_t *flag = (uint8_t *)PyBytes_AS_STRING(plain);
    uint32_t *out = (uint32_t *)PyBytes_AS_STRING(tails);
    Py_ssize_t found = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < length; i++) {
        const uint8_t *text;
        int32_t size;
        flag[i] = 0;
        if (!value_at(&a, i, &text, &size)) continue;
        uint32_t value = plain_tail((const char *)text, size);
        if (value == EMPTY) continue;
        flag[i] = 1;
        out[found++] = value;
    }
    Py_END_ALLOW_THREADS
    release(&a);
    if (_PyBytes_Resize(&tails, found * (Py_ssize_t)sizeof(uint32_t)) < 0) {
        Py_DECREF(plain);
        return NULL;
    }
    return Py_BuildValue("(NN)", plain, tails);
}

/* line_tails(block) -> (tails, ends, text), or None
 * block: whole lines of a list file, each ended by \n or \r\n. When every line holds 1 to
 * LINE_MOST bytes, all digits or +, it is split as plain_split splits a list's values: tails,
 * the PLAIN lines' tails in order; ends and text, the other lines as a pa.string() array's
 * offsets (int32, from 0) and data. Any other line (empty, a letter, a space, a quote, a lone
 * \r, a byte of another encoding) gives None: the caller reads the file with DuckDB instead,
 * which is the only reader whose answer a line of any other shape could depend on. */
#define LINE_MOST 64

static PyObject *line_tails(PyObject *self, PyObject *args) {
    Py_buffer block;
    if (!PyArg_ParseTuple(args, "y*", &block)) return NULL;
    const uint8_t *s = (const uint8_t *)block.buf;
    Py_ssize_t n = block.len, lines = 0;
    if (n > INT32_MAX) {  /* the offsets are int32 */
        PyBuffer_Release(&block);
        return PyErr_Format(PyExc_ValueError, "line_tails: a block over 2 GiB");
    }
    for (Py_ssize_t j = 0; j < n; j++) lines += s[j] == '\n';
    PyObject *tails = PyBytes_FromStringAndSize(NULL, lines * (Py_ssize_t)sizeof(uint32_t));
    PyObject *ends = tails ? PyBytes_FromStringAndSize(NULL, (lines + 1) * (Py_ssize_t)sizeof(int32_t)) : NULL;
    PyObject *text = ends ? PyBytes_FromStringAndSize(NULL, n) : NULL;
    if (text == NULL) {
        Py_XDECREF(tails);
        Py_XDECREF(ends);
        PyBuffer_Release(&block);
        return NULL;
    }
    uint32_t *tail = (uint32_t *)PyBytes_AS_STRING(tails);
    int32_t *end = (int32_t *)PyBytes_AS_STRING(ends);
    char *out = PyBytes_AS_STRING(text);
    Py_ssize_t found = 0, others = 0, at = 0, start = 0;
    int fits = n == 0 || s[n - 1] == '\n';
    Py_BEGIN_ALLOW_THREADS
    end[0] = 0;
    for (Py_ssize_t j = 0; fits && j < n; j++) {
        uint8_t c = s[j];
        if ((c >= '0' && c <= '9') || c == '+') continue;
        Py_ssize_t size = j - start;
        if (c == '\r' && j + 1 < n && s[j + 1] == '\n') j++;
        else if (c != '\n') {
            fits = 0;
            break;
        }
        if (size < 1 || size > LINE_MOST) {
            fits = 0;
            break;
        }
        uint32_t value = plain_tail((const char *)s + start, (int32_t)size);
        if (value != EMPTY) {
            tail[found++] = value;
        } else {
            memcpy(out + at, s + start, (size_t)size);
            at += size;
            end[++others] = (int32_t)at;
        }
        start = j + 1;
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&block);
    if (!fits) {
        Py_DECREF(tails);
        Py_DECREF(ends);
        Py_DECREF(text);
        Py_RETURN_NONE;
    }
    if (_PyBytes_Resize(&tails, found * (Py_ssize_t)sizeof(uint32_t)) < 0 ||
        _PyBytes_Resize(&ends, (others + 1) * (Py_ssize_t)sizeof(int32_t)) < 0 ||
        _PyBytes_Resize(&text, at) < 0) {
        Py_XDECREF(tails);
        Py_XDECREF(ends);
        Py_XDECREF(text);
        return NULL;
    }
    return Py_BuildValue("(NNN)", tails, ends, text);
}

/* key_tails(validity, offsets, data, offset, length) -> tails
 * tails: for each value that ends with nine ASCII digits (a contact's key: +33612345678), those
 * digits as a number (uint32, native order), in order; other values and nulls are skipped. */
static PyObject *key_tails(PyObject *self, PyObject *args) {
    StringArray a;
    if (parse_array(args, &a) < 0) return NULL;
    PyObject *tails = PyBytes_FromStringAndSize(NULL, a.length * (Py_ssize_t)sizeof(uint32_t));
    if (tails == NULL) {
        release(&a);
        return NULL;
    }
    uint32_t *out = (uint32_t *)PyBytes_AS_STRING(tails);
    Py_ssize_t found = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < a.length; i++) {
        const uint8_t *text;
        int32_t size;
        if (!value_at(&a, i, &text, &size) || size < 9) continue;
        uint32_t value = nine_digits((const char *)text + size - 9);
        if (value != EMPTY) out[found++] = value;
    }
    Py_END_ALLOW_THREADS
    release(&a);
    if (_PyBytes_Resize(&tails, found * (Py_ssize_t)sizeof(uint32_t)) < 0) return NULL;
    return tails;
}

/* tails_in(table, tails) -> bytes, one 0/1 a tail (as plain_split gives them): its nine digits
 * are in the table (tail_table), written with 0 or +33 alike. */
static PyObject *tails_in(PyObject *self, PyObject *args) {
    Py_buffer table_buffer, tails;
    TailTable table;
    if (!PyArg_ParseTuple(args, "y*y*", &table_buffer, &tails)) return NULL;
    PyObject *found = NULL;
    Py_ssize_t count = tails.len / (Py_ssize_t)sizeof(uint32_t);
    if (open_table(&table_buffer, &table) == 0 &&
        (found = PyBytes_FromStringAndSize(NULL, count)) != NULL) {
        uint8_t *flag = (uint8_t *)PyBytes_AS_STRING(found);
        const uint32_t *tail = (const uint32_t *)tails.buf;
        Py_BEGIN_ALLOW_THREADS
        for (Py_ssize_t i = 0; i < count; i++) flag[i] = (uint8_t)in_table(&table, tail[i] & ~PLUS);
        Py_END_ALLOW_THREADS
    }
    PyBuffer_Release(&table_buffer);
    PyBuffer_Release(&tails);
    return found;
}

static PyMethodDef methods[] = {
    {"french_digits", french_digits, METH_VARARGS,
     "(validity, offsets, data, offset, length) -> (forms, digits): LABELLED_FRENCH values."},
    {"international_compact", international_compact, METH_VARARGS,
     "(validity, offsets, data, offset, length) -> (offsets, data): INTERNATIONAL values."},
    {"key_tails", key_tails, METH_VARARGS,
     "(validity, offsets, data, offset, length) -> tails: keys' last nine digits."},
    {"tail_table", tail_table, METH_VARARGS, "(tails) -> table: a hash set for tails_in."},
    {"plain_split", plain_split, METH_VARARGS,
     "(validity, offsets, data, offset, length) -> (plain, tails): PLAIN values' tails."},
    {"tails_in", tails_in, METH_VARARGS, "(table, tails) -> found: tails in the table."},
    {"line_tails", line_tails, METH_VARARGS,
     "(block) -> (tails, ends, text) or None: a list file's lines of digits split."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "licite.scrub._kernels",
    "The scrub's per-value loops in C (see licite.scrub.kernels).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__kernels(void) { return PyModule_Create(&module); }
