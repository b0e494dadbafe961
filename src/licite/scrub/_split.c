/* A CSV file's records copied, byte for byte, into the scrub's two outputs.
 *
 * Why: at ten million contacts, writing clean and excluded with DuckDB meant holding every
 * column of every row in its memory (spilled to disk beyond its limit) and formatting each
 * cell again: 4.2-4.4 s of a 12.6 s run. The rows' marks only need the key columns; each
 * record is then copied as it is in the file (quoting, line ends and all), the excluded ones
 * with the list and reason fields before their line end.
 *
 * Exact or nothing: DuckDB read the file and decided which records are rows (blank lines
 * skipped, rejected ones listed by line number); here each record is cut again and its key
 * fields compared with the values DuckDB read for that row, so a record copied under another
 * row's mark cannot pass. Any record this reading does not settle the way DuckDB did (a
 * field count, a key, bytes not UTF-8 where DuckDB never looked, stray bytes after a closing
 * quote, a record left over) stops the copy with ValueError: the caller then writes the
 * outputs with DuckDB, as for every other format (licite.scrub.split).
 *
 * split_rows(data, pos, line, skip, skip_at, marks, keys, key_fields, suffixes, clean_fd,
 *            excluded_fd, delimiter, quote, columns, check_utf8, final)
 *   -> (pos, line, skip_at, clean, excluded)
 * record_end(data, pos, delimiter, quote) -> (end, content_end, fields): the header.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include "_arrow_strings.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#define MAX_KEYS 8
#define OUT_SIZE (1 << 20)

typedef struct {
    int fd;
    Py_ssize_t used;
    char *buf;
} Out;

/* One field's bytes inside its quotes, if any (still holding their doubled quotes: escaped). */
typedef struct {
    const char *start;
    Py_ssize_t size;
    int escaped;
} Field;

typedef struct {
    const char *end, *content_end; /* after the line end; where the line end starts */
    int fields;
    Field keys[MAX_KEYS];
} Record;

enum { OK = 0, MALFORMED = 1, WRITE_FAILED = 2 };

static int flush(Out *o) {
    Py_ssize_t done = 0;
    while (done < o->used) {
        ssize_t n = write(o->fd, o->buf + done, (size_t)(o->used - done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        done += n;
    }
    o->used = 0;
    return 0;
}

static int put(Out *o, const char *bytes, Py_ssize_t size) {
    if (o->used + size > OUT_SIZE) {
        if (flush(o) < 0) return -1;
        if (size > OUT_SIZE) {
            Out direct = {o->fd, size, (char *)bytes};
            return flush(&direct);
        }
    }
    memcpy(o->buf + o->used, bytes, (size_t)size);
    o->used += size;
    return 0;
}

/* The first delimiter, LF or CR from p on (end if none): sixteen bytes at a time where SSE2
 * is there (every x86-64), the fields being short and the bytes many. */
static inline const char *stop(const char *p, const char *end, char delim) {
#if defined(__SSE2__)
    const __m128i d = _mm_set1_epi8(delim), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
    while (end - p >= 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)p);
        __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)),
                                   _mm_cmpeq_epi8(v, cr));
        int mask = _mm_movemask_epi8(hit);
        if (mask) return p + __builtin_ctz((unsigned)mask);
        p += 16;
    }
#endif
    while (p < end && *p != delim && *p != '\n' && *p != '\r') p++;
    return p;
}

/* Cut the record at p: its end, its content's end, its field count and the spans of the
 * fields whose indexes are in key_fields. MALFORMED for an unclosed quote, bytes after a
 * closing quote, or a lone CR. */
static int cut(const char *p, const char *end, char delim, int quote, const int *key_fields,
               int nkeys, Record *r) {
    int field = 0;
    for (;;) {
        Field f = {p, 0, 0};
        if (quote >= 0 && p < end && *p == (char)quote) {
            const char *s = p + 1;
            for (;;) {
                const char *q = memchr(s, quote, (size_t)(end - s));
                if (q == NULL) return MALFORMED;
                if (q + 1 < end && q[1] == (char)quote) {
                    f.escaped = 1;
                    s = q + 2;
                    continue;
                }
                f.start = p + 1;
                f.size = q - (p + 1);
                p = q + 1;
                break;
            }
        } else {
            const char *s = stop(p, end, delim);
            f.size = s - p;
            p = s;
        }
        for (int k = 0; k < nkeys; k++)
            if (key_fields[k] == field) r->keys[k] = f;
        field++;
        if (p == end) {
            r->content_end = r->end = end;
            break;
        }
        if (*p == delim) {
            p++;
            continue;
        }
        if (*p == '\n') {
            r->content_end = p;
            r->end = p + 1;
            break;
        }
        if (*p == '\r' && (p + 1 == end || p[1] == '\n')) {
            r->content_end = p;
            r->end = p + 1 == end ? end : p + 2;
            break;
        }
        return MALFORMED;
    }
    r->fields = field;
    return OK;
}

/* Whether the field holds what DuckDB read: empty (quoted or not) is null, doubled quotes
 * inside a quoted field are one. */
static int same(const Field *f, const StringArray *a, Py_ssize_t i, char quote) {
    const uint8_t *bytes;
    int32_t size;
    if (!value_at(a, i, &bytes, &size)) return f->size == 0;
    if (!f->escaped) return f->size == size && memcmp(f->start, bytes, (size_t)size) == 0;
    Py_ssize_t j = 0;
    for (Py_ssize_t k = 0; k < f->size; k++, j++) {
        if (j >= size || f->start[k] != (char)bytes[j]) return 0;
        if (f->start[k] == quote) k++;
    }
    return j == size;
}

/* Where the bytes stop being UTF-8 (no overlong forms, no surrogates, nothing past
 * U+10FFFF): the first byte of the first bad sequence, or n. */
static Py_ssize_t not_utf8(const uint8_t *s, Py_ssize_t n) {
    Py_ssize_t i = 0;
    while (i < n) {
#if defined(__SSE2__)
        if (i + 16 <= n) {
            int high = _mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(s + i)));
            if (!high) {
                i += 16;
                continue;
            }
            int ascii = __builtin_ctz((unsigned)high); /* bytes before the first high one */
            if (ascii) {
                i += ascii;
                continue;
            }
        }
#else
        if (i + 8 <= n) {
            uint64_t word;
            memcpy(&word, s + i, 8);
            if (!(word & 0x8080808080808080ULL)) {
                i += 8;
                continue;
            }
        }
#endif
        uint8_t c = s[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int more;
        uint8_t low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) more = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            more = 2;
            if (c == 0xE0) low = 0xA0;
            if (c == 0xED) high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            more = 3;
            if (c == 0xF0) low = 0x90;
            if (c == 0xF4) high = 0x8F;
        } else return i;
        if (i + more >= n) return i;
        if (s[i + 1] < low || s[i + 1] > high) return i;
        for (int k = 2; k <= more; k++)
            if ((s[i + k] & 0xC0) != 0x80) return i;
        i += more + 1;
    }
    return n;
}

typedef struct {
    const char *data, *end;
    Py_ssize_t pos;
    long long line;
    const int64_t *skip;
    Py_ssize_t nskip, skip_at;
    const int32_t *marks;
    Py_ssize_t rows;
    StringArray keys[MAX_KEYS];
    int key_fields[MAX_KEYS], nkeys;
    const char **suffix;
    Py_ssize_t *suffix_size, nsuffixes;
    char delim;
    int quote, columns, check_utf8, final;
    const char *ok_until; /* with check_utf8: the bytes from the record before it are UTF-8 */
    Out out[2];
    long long written[2];
    char why[200];
} Job;

#define UTF8_WINDOW (1 << 22)

/* Whether the record's bytes [p, content_end) are UTF-8. The file is checked ahead, a few MB
 * at a time, not record by record (that took a fifth of the copy's time); past a bad byte in
 * a record skipped, the check starts again from the next record. */
static int utf8_through(Job *j, const char *p, const char *content_end) {
    while (j->ok_until < content_end) {
        if (j->ok_until < p) j->ok_until = p;
        const char *limit = j->end - j->ok_until > UTF8_WINDOW ? j->ok_until + UTF8_WINDOW : j->end;
        while (limit < j->end && ((uint8_t)*limit & 0xC0) == 0x80) limit++; /* whole sequences */
        Py_ssize_t good = not_utf8((const uint8_t *)j->ok_until, limit - j->ok_until);
        if (j->ok_until + good < limit) {
            j->ok_until += good;
            return j->ok_until >= content_end;
        }
        j->ok_until = limit;
    }
    return 1;
}

/* The records of `rows` rows (then, if final, those left: none may be a row). */
static int run(Job *j) {
    Py_ssize_t row = 0;
    const char *p = j->data + j->pos;
    Record r;
    while (p < j->end) {
        if (row == j->rows && !j->final) break;
        long long line = j->line;
        int status = cut(p, j->end, j->delim, j->quote, j->key_fields, j->nkeys, &r);
        if (status != OK) {
            snprintf(j->why, sizeof j->why, "line %lld: a quote this reading does not close "
                     "the way DuckDB did", line);
            return MALFORMED;
        }
        while (j->skip_at < j->nskip && j->skip[j->skip_at] < line) j->skip_at++;
        int rejected = j->skip_at < j->nskip && j->skip[j->skip_at] == line;
        int blank = r.content_end == p && j->columns > 1;
        j->line++;
        if (rejected || blank) {
            p = r.end;
            continue;
        }
        if (row == j->rows) {
            snprintf(j->why, sizeof j->why, "line %lld: a record DuckDB did not read", line);
            return MALFORMED;
        }
        if (r.fields != j->columns) {
            snprintf(j->why, sizeof j->why, "line %lld: %d fields, DuckDB read %d", line,
                     r.fields, j->columns);
            return MALFORMED;
        }
        for (int k = 0; k < j->nkeys; k++) {
            if (!same(&r.keys[k], &j->keys[k], row, (char)j->quote)) {
                snprintf(j->why, sizeof j->why, "line %lld: field %d is not the value DuckDB "
                         "read", line, j->key_fields[k] + 1);
                return MALFORMED;
            }
        }
        if (j->check_utf8 && !utf8_through(j, p, r.content_end)) {
            snprintf(j->why, sizeof j->why, "line %lld: bytes that are not UTF-8", line);
            return MALFORMED;
        }
        int32_t mark = j->marks[row];
        if (mark < 0 || mark >= j->nsuffixes) {
            snprintf(j->why, sizeof j->why, "row %zd: mark %d out of range", row, (int)mark);
            return MALFORMED;
        }
        Out *o = &j->out[mark != 0];
        if (mark == 0) {
            if (put(o, p, r.end - p) < 0) return WRITE_FAILED;
        } else if (put(o, p, r.content_end - p) < 0 ||
                   put(o, j->suffix[mark], j->suffix_size[mark]) < 0 ||
                   put(o, r.content_end, r.end - r.content_end) < 0) {
            return WRITE_FAILED;
        }
        j->written[mark != 0]++;
        row++;
        p = r.end;
    }
    j->pos = p - j->data;
    if (row != j->rows) {
        snprintf(j->why, sizeof j->why, "the file ends %zd rows before DuckDB's last row",
                 j->rows - row);
        return MALFORMED;
    }
    if (flush(&j->out[0]) < 0 || flush(&j->out[1]) < 0) return WRITE_FAILED;
    return OK;
}

static int quote_arg(PyObject *quote) {
    if (quote == Py_None) return -1;
    if (!PyBytes_Check(quote) || PyBytes_GET_SIZE(quote) != 1) return -2;
    return (unsigned char)PyBytes_AS_STRING(quote)[0];
}

static PyObject *split_rows(PyObject *self, PyObject *args) {
    Py_buffer data, skip, marks;
    Py_ssize_t pos, skip_at;
    long long line;
    PyObject *keys, *key_fields, *suffixes, *quote;
    int clean_fd, excluded_fd, columns, check_utf8, final;
    char delim;
    if (!PyArg_ParseTuple(args, "y*nLy*ny*OOOiicOiip", &data, &pos, &line, &skip, &skip_at,
                          &marks, &keys, &key_fields, &suffixes, &clean_fd, &excluded_fd,
                          &delim, &quote, &columns, &check_utf8, &final))
        return NULL;
    Job j;
    memset(&j, 0, sizeof j);
    PyObject *result = NULL;
    int borrowed = 0;
    j.quote = quote_arg(quote);
    if (!PyTuple_Check(keys) || !PyTuple_Check(key_fields) || !PyTuple_Check(suffixes) ||
        PyTuple_GET_SIZE(keys) != PyTuple_GET_SIZE(key_fields) ||
        PyTuple_GET_SIZE(keys) > MAX_KEYS || j.quote == -2 || pos < 0 || pos > data.len ||
        marks.len % 4 || skip.len % 8 || columns < 1) {
        PyErr_SetString(PyExc_TypeError, "split_rows: bad arguments");
        goto done;
    }
    j.data = data.buf;
    j.end = (const char *)data.buf + data.len;
    j.pos = pos;
    j.line = line;
    j.skip = skip.buf;
    j.nskip = skip.len / 8;
    j.skip_at = skip_at;
    j.marks = marks.buf;
    j.rows = marks.len / 4;
    j.nkeys = (int)PyTuple_GET_SIZE(keys);
    j.delim = delim;
    j.columns = columns;
    j.check_utf8 = check_utf8;
    j.final = final;
    j.ok_until = j.data + pos;
    for (; borrowed < j.nkeys; borrowed++) {
        PyObject *v, *o, *d;
        Py_ssize_t offset, length;
        if (!PyArg_ParseTuple(PyTuple_GET_ITEM(keys, borrowed), "OOOnn", &v, &o, &d, &offset,
                              &length) ||
            borrow(v, o, d, offset, length, &j.keys[borrowed]) < 0)
            goto done;
        j.key_fields[borrowed] = (int)PyLong_AsLong(PyTuple_GET_ITEM(key_fields, borrowed));
        if (length != j.rows) {
            borrowed++;
            PyErr_SetString(PyExc_ValueError, "split_rows: a key array's length is not the rows'");
            goto done;
        }
    }
    if (PyErr_Occurred()) goto done;
    j.nsuffixes = PyTuple_GET_SIZE(suffixes);
    j.suffix = PyMem_Malloc(sizeof(char *) * (size_t)(j.nsuffixes + 1));
    j.suffix_size = PyMem_Malloc(sizeof(Py_ssize_t) * (size_t)(j.nsuffixes + 1));
    j.out[0].buf = PyMem_Malloc(OUT_SIZE);
    j.out[1].buf = PyMem_Malloc(OUT_SIZE);
    if (!j.suffix || !j.suffix_size || !j.out[0].buf || !j.out[1].buf) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < j.nsuffixes; k++) {
        PyObject *s = PyTuple_GET_ITEM(suffixes, k);
        if (!PyBytes_Check(s)) {
            PyErr_SetString(PyExc_TypeError, "split_rows: suffixes must be bytes");
            goto done;
        }
        j.suffix[k] = PyBytes_AS_STRING(s);
        j.suffix_size[k] = PyBytes_GET_SIZE(s);
    }
    j.out[0].fd = clean_fd;
    j.out[1].fd = excluded_fd;
    int status;
    Py_BEGIN_ALLOW_THREADS
    status = run(&j);
    Py_END_ALLOW_THREADS
    if (status == MALFORMED) PyErr_SetString(PyExc_ValueError, j.why);
    else if (status == WRITE_FAILED) PyErr_SetFromErrno(PyExc_OSError);
    else result = Py_BuildValue("nLnLL", j.pos, j.line, j.skip_at, j.written[0], j.written[1]);
done:
    for (int k = 0; k < borrowed; k++) release(&j.keys[k]);
    PyMem_Free(j.suffix);
    PyMem_Free(j.suffix_size);
    PyMem_Free(j.out[0].buf);
    PyMem_Free(j.out[1].buf);
    PyBuffer_Release(&data);
    PyBuffer_Release(&skip);
    PyBuffer_Release(&marks);
    return result;
}

static PyObject *record_end(PyObject *self, PyObject *args) {
    Py_buffer data;
    Py_ssize_t pos;
    char delim;
    PyObject *quote;
    if (!PyArg_ParseTuple(args, "y*ncO", &data, &pos, &delim, &quote)) return NULL;
    int q = quote_arg(quote);
    if (q == -2 || pos < 0 || pos > data.len) {
        PyBuffer_Release(&data);
        PyErr_SetString(PyExc_TypeError, "record_end: bad arguments");
        return NULL;
    }
    Record r;
    const char *start = (const char *)data.buf + pos;
    int status = cut(start, (const char *)data.buf + data.len, delim, q, NULL, 0, &r);
    PyBuffer_Release(&data);
    if (status != OK) {
        PyErr_SetString(PyExc_ValueError, "line 1: a quote that is not closed");
        return NULL;
    }
    return Py_BuildValue("nni", pos + (r.end - start), pos + (r.content_end - start), r.fields);
}

static PyMethodDef methods[] = {
    {"split_rows", split_rows, METH_VARARGS,
     "Copy the records of a batch of rows into clean_fd or excluded_fd by mark."},
    {"record_end", record_end, METH_VARARGS,
     "(data, pos, delimiter, quote) -> (end, content_end, fields) of the record at pos."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "licite.scrub._split",
    "A CSV file's records copied into the scrub's outputs (see licite.scrub.split).", -1,
    methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__split(void) { return PyModule_Create(&module); }
