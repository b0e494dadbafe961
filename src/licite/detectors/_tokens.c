/* The lexicons' detector's two loops over a text's tokens, in C (optional: see setup.py).
 *
 * fold_map(table)            -> bytes: a str.translate table of code points under U+0370,
 *                               as an array split reads directly (built once);
 * split(lowered, fold)       -> (parts, words): what sensitive._SPLIT.split(lowered) returns
 *                               (separators and tokens in turn), and the tokens folded as
 *                               str.translate(table) does where they are not ASCII (a token
 *                               that folds to nothing kept as it is);
 * cuts(text, starts, sentence_marks, clause_marks, dashes, titles_by_length)
 *                            -> (sentences, clauses): the token indices where a sentence, and
 *                               where a clause, begins after a cut (sensitive._cuts: what its
 *                               regex _CUT finds, mapped to tokens);
 * digit_run(text, separators, count) -> int: where the first run of `count` decimal digits
 *                               starts, at most 3 separators between two, else -1 (the search
 *                               of checks._DIGIT_RUN);
 * capitals_digits(text)      -> bool: whether two ASCII capitals are followed by two decimal
 *                               digits (what every IBAN candidate starts with);
 * offsets(parts)            -> (starts, ends): each token's offsets in the text split into
 *                               parts (separators and tokens in turn), from the running sum
 *                               of their lengths (sensitive.word_offsets);
 * start_filter(trie, number) -> bytes: bits set from the trie's first tokens, alone where a
 *                               one-token term ends there, and paired with each next token;
 * term_starts(trie, words, number[, filter]) -> [i, ...]: the tokens where a term of the trie
 *                               may start (the look-ups sensitive.detect makes before walking a
 *                               term); with the filter, a token whose bits are unset is passed
 *                               over without a look-up (it starts no term: no bit is ever
 *                               missing, only some set by other tokens, which the look-ups
 *                               then rule out);
 * marker_spans(trie, words, ranges, number) -> {rule: [(start, end), ...]}: every phrase of
 *                               the context markers' trie in the sorted ranges of token
 *                               indices (context.Hits.find's walk, context._marker_spans);
 * vector_rows(vectors)      -> (index, rows, width): the classifier's vectors (built once) as
 *                               one array of doubles, a row per word, and each word's row;
 * column_sums(rows, words, first, end) -> [float, ...] | None: the column sums of the
 *                               classifier's vectors of the distinct words of words[first:end],
 *                               added one by one in text order from 0.0 (classifier._sums).
 *
 * Both give exactly what their Python versions in sensitive.py give (tests/detectors/
 * test_tokens_kernel.py holds them equal); they only spare the interpreter's per-token work.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

/* The empty key of a trie node: what ends there. */
static PyObject *EMPTY;

/* Py_UNICODE_ISALNUM, Py_UNICODE_ISDIGIT and Py_UNICODE_ISDECIMAL with ASCII answered inline
 * (most characters are ASCII; the Unicode tables are a function call and a look-up away). */
static inline int
is_alnum(Py_UCS4 ch)
{
    if (ch < 128)
        return (ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z');
    return Py_UNICODE_ISALNUM(ch);
}

static inline int
is_digit(Py_UCS4 ch)
{
    return ch < 128 ? ch >= '0' && ch <= '9' : Py_UNICODE_ISDIGIT(ch);
}

static inline int
is_decimal(Py_UCS4 ch)
{
    return ch < 128 ? ch >= '0' && ch <= '9' : Py_UNICODE_ISDECIMAL(ch);
}

/* sre's \w on str patterns. */
static inline int
word_char(Py_UCS4 ch)
{
    return is_alnum(ch) || ch == '_';
}

/* A character of `[\w\u0300-\u036f]`: sre's \w on str patterns is Py_UNICODE_ISALNUM or "_". */
static inline int
token_char(Py_UCS4 ch)
{
    return word_char(ch) || (ch >= 0x300 && ch <= 0x36f);
}

/* str.isdigit: non-empty and every character a digit. */
static int
all_digits(PyObject *word)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(word);
    if (n == 0)
        return 0;
    int kind = PyUnicode_KIND(word);
    const void *data = PyUnicode_DATA(word);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!is_digit(PyUnicode_READ(kind, data, i)))
            return 0;
    }
    return 1;
}

/* Whether every item of `words` is a str (else a TypeError is set). */
static int
all_str(PyObject *words)
{
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(words); i++) {
        if (!PyUnicode_Check(PyList_GET_ITEM(words, i))) {
            PyErr_SetString(PyExc_TypeError, "words must be str");
            return 0;
        }
    }
    return 1;
}

static int
append_new(PyObject *list, PyObject *item)
{
    if (item == NULL)
        return -1;
    int failed = PyList_Append(list, item);
    Py_DECREF(item);
    return failed;
}

/* The fold map: what each code point under FOLD_LIMIT becomes, as str.translate(table) maps
 * it: `count` code points (0 to 2) in `to`. Code points from FOLD_LIMIT up stay as they are.
 * Folding through it spares str.translate a dict look-up and an int object per character. */
#define FOLD_LIMIT 0x370

typedef struct {
    uint32_t count;
    Py_UCS4 to[2];
} Folded;

static PyObject *
fold_map(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 1 || !PyDict_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "fold_map(table: dict)");
        return NULL;
    }
    PyObject *map = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(FOLD_LIMIT * sizeof(Folded)));
    if (map == NULL)
        return NULL;
    Folded *folded = (Folded *)PyBytes_AS_STRING(map);
    for (Py_UCS4 c = 0; c < FOLD_LIMIT; c++) {
        folded[c].count = 1;
        folded[c].to[0] = c;
        folded[c].to[1] = 0;
    }
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    while (PyDict_Next(args[0], &pos, &key, &value)) {
        long code = PyLong_Check(key) ? PyLong_AsLong(key) : -1;
        if (code == -1 && PyErr_Occurred())
            goto fail;
        if (code < 0 || code >= FOLD_LIMIT) {
            PyErr_SetString(PyExc_ValueError, "fold_map: keys must be code points under U+0370");
            goto fail;
        }
        Folded *to = &folded[code];
        if (value == Py_None) {
            to->count = 0;
            continue;
        }
        if (!PyUnicode_Check(value) || PyUnicode_GET_LENGTH(value) > 2) {
            PyErr_SetString(PyExc_ValueError, "fold_map: values must be str of 2 characters at most");
            goto fail;
        }
        to->count = (uint32_t)PyUnicode_GET_LENGTH(value);
        for (uint32_t k = 0; k < to->count; k++)
            to->to[k] = PyUnicode_READ_CHAR(value, k);
    }
    return map;
fail:
    Py_DECREF(map);
    return NULL;
}

/* `token` folded through the map (a new reference); `token` itself when it folds to nothing
 * (combining accents alone: an empty word would be a trie's end key). */
static PyObject *
fold_token(PyObject *token, const Folded *folded)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(token), size = 0;
    int kind = PyUnicode_KIND(token);
    const void *data = PyUnicode_DATA(token);
    Py_UCS4 maxchar = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch >= FOLD_LIMIT) {
            size++;
            maxchar = ch > maxchar ? ch : maxchar;
            continue;
        }
        const Folded *to = &folded[ch];
        for (uint32_t k = 0; k < to->count; k++)
            maxchar = to->to[k] > maxchar ? to->to[k] : maxchar;
        size += to->count;
    }
    if (size == 0) {
        Py_INCREF(token);
        return token;
    }
    PyObject *word = PyUnicode_New(size, maxchar);
    if (word == NULL)
        return NULL;
    int out_kind = PyUnicode_KIND(word);
    void *out = PyUnicode_DATA(word);
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch >= FOLD_LIMIT) {
            PyUnicode_WRITE(out_kind, out, j++, ch);
            continue;
        }
        const Folded *to = &folded[ch];
        for (uint32_t k = 0; k < to->count; k++)
            PyUnicode_WRITE(out_kind, out, j++, to->to[k]);
    }
    return word;
}

static PyObject *
split(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyUnicode_Check(args[0]) || !PyBytes_Check(args[1]) ||
        PyBytes_GET_SIZE(args[1]) != (Py_ssize_t)(FOLD_LIMIT * sizeof(Folded))) {
        PyErr_SetString(PyExc_TypeError, "split(lowered: str, fold: bytes from fold_map)");
        return NULL;
    }
    PyObject *text = args[0];
    const Folded *folded = (const Folded *)PyBytes_AS_STRING(args[1]);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int ascii = PyUnicode_IS_ASCII(text);
    PyObject *parts = PyList_New(0), *words = PyList_New(0);
    if (parts == NULL || words == NULL)
        goto fail;
    Py_ssize_t previous = 0, i = 0;
    while (i < n) {
        if (!token_char(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n && token_char(PyUnicode_READ(kind, data, i)))
            i++;
        if (append_new(parts, PyUnicode_Substring(text, previous, start)) < 0)
            goto fail;
        PyObject *token = PyUnicode_Substring(text, start, i);
        if (token == NULL || PyList_Append(parts, token) < 0) {
            Py_XDECREF(token);
            goto fail;
        }
        PyObject *word = token;
        if (!ascii && !PyUnicode_IS_ASCII(token)) {
            word = fold_token(token, folded);
            Py_DECREF(token);
            if (word == NULL)
                goto fail;
        }
        if (append_new(words, word) < 0)
            goto fail;
        previous = i;
    }
    if (append_new(parts, PyUnicode_Substring(text, previous, n)) < 0)
        goto fail;
    return Py_BuildValue("(NN)", parts, words);
fail:
    Py_XDECREF(parts);
    Py_XDECREF(words);
    return NULL;
}

/* A few marks, as cuts() tests a text's characters against them: a bitmap of the ASCII ones,
 * the others listed. */
typedef struct {
    uint64_t ascii[2];
    Py_UCS4 others[32];
    int count;
} Marks;

static int
marks_of(PyObject *marks, Marks *into)
{
    memset(into, 0, sizeof(*into));
    if (!PyUnicode_Check(marks) || PyUnicode_GET_LENGTH(marks) > 32) {
        PyErr_SetString(PyExc_TypeError, "marks must be str of 32 characters at most");
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyUnicode_GET_LENGTH(marks); i++) {
        Py_UCS4 ch = PyUnicode_READ_CHAR(marks, i);
        if (ch < 128)
            into->ascii[ch >> 6] |= (uint64_t)1 << (ch & 63);
        else
            into->others[into->count++] = ch;
    }
    return 0;
}

static inline int
is_mark(const Marks *marks, Py_UCS4 ch)
{
    if (ch < 128)
        return (int)((marks->ascii[ch >> 6] >> (ch & 63)) & 1);
    for (int k = 0; k < marks->count; k++) {
        if (marks->others[k] == ch)
            return 1;
    }
    return 0;
}

/* Whether the "." at `at` follows a title that no word character precedes (the lookbehinds
 * of _CUT's full stop): `titles` holds the set of titles of each length from 1 up. 1, 0, or -1
 * on error. */
static int
after_title(PyObject *text, int kind, const void *data, Py_ssize_t at, PyObject *titles)
{
    for (Py_ssize_t size = 1; size <= PyTuple_GET_SIZE(titles) && size <= at; size++) {
        Py_ssize_t first = at - size;
        if (first > 0 && word_char(PyUnicode_READ(kind, data, first - 1)))
            continue;
        PyObject *title = PyUnicode_Substring(text, first, at);
        if (title == NULL)
            return -1;
        int found = PySet_Contains(PyTuple_GET_ITEM(titles, size - 1), title);
        Py_DECREF(title);
        if (found != 0)
            return found;
    }
    return 0;
}

/* Appends `index` to `list` unless it is the list's last item already (the indices come in
 * order: dict.fromkeys of the Python version keeps the same ones). */
static int
append_index(PyObject *list, Py_ssize_t index, Py_ssize_t *last)
{
    if (index == *last)
        return 0;
    *last = index;
    return append_new(list, PyLong_FromSsize_t(index));
}

static PyObject *
cuts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 6 || !PyUnicode_Check(args[0]) || !PyList_Check(args[1]) ||
        !PyTuple_Check(args[5])) {
        PyErr_SetString(PyExc_TypeError,
                        "cuts(text: str, starts: list, sentence_marks: str, clause_marks: str, "
                        "dashes: str, titles: tuple of frozensets by length)");
        return NULL;
    }
    for (Py_ssize_t k = 0; k < PyTuple_GET_SIZE(args[5]); k++) {
        if (!PyAnySet_Check(PyTuple_GET_ITEM(args[5], k))) {
            PyErr_SetString(PyExc_TypeError, "cuts: titles must be a tuple of frozensets");
            return NULL;
        }
    }
    PyObject *text = args[0], *starts = args[1], *titles = args[5];
    Marks sentence, clause, dash;
    if (marks_of(args[2], &sentence) < 0 || marks_of(args[3], &clause) < 0 ||
        marks_of(args[4], &dash) < 0)
        return NULL;
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), count = PyList_GET_SIZE(starts);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    PyObject *sentences = PyList_New(0), *clauses = PyList_New(0);
    if (sentences == NULL || clauses == NULL)
        goto fail;
    Py_ssize_t token = 0, last_sentence = -1, last_clause = -1;
    for (Py_ssize_t at = 0; at < n; at++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, at);
        /* group 1 of _CUT (a sentence mark, a full stop, a spaced dash), else a clause mark */
        int ends_sentence = is_mark(&sentence, ch) ||
                            (is_mark(&dash, ch) && at > 0 &&
                             PyUnicode_READ(kind, data, at - 1) == ' ' && at + 1 < n &&
                             PyUnicode_READ(kind, data, at + 1) == ' ');
        if (!ends_sentence && ch == '.') {
            int titled = after_title(text, kind, data, at, titles);
            if (titled < 0)
                goto fail;
            ends_sentence = !titled;
        }
        if (!ends_sentence && !is_mark(&clause, ch))
            continue;
        /* the first token that starts after the cut: bisect_left(starts, at + 1), the cuts
         * coming in order */
        while (token < count) {
            PyObject *start = PyList_GET_ITEM(starts, token);
            Py_ssize_t offset = PyLong_Check(start) ? PyLong_AsSsize_t(start) : -1;
            if (offset == -1 && (PyErr_Occurred() || !PyLong_Check(start))) {
                if (!PyErr_Occurred())
                    PyErr_SetString(PyExc_TypeError, "cuts: starts must be int");
                goto fail;
            }
            if (offset >= at + 1)
                break;
            token++;
        }
        if ((ends_sentence && append_index(sentences, token, &last_sentence) < 0) ||
            append_index(clauses, token, &last_clause) < 0)
            goto fail;
    }
    return Py_BuildValue("(NN)", sentences, clauses);
fail:
    Py_XDECREF(sentences);
    Py_XDECREF(clauses);
    return NULL;
}

static PyObject *
digit_run(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    Marks separators;
    Py_ssize_t count = nargs == 3 ? PyLong_AsSsize_t(args[2]) : -1;
    if (nargs != 3 || !PyUnicode_Check(args[0]) || count < 1) {
        if (!PyErr_Occurred())
            PyErr_SetString(PyExc_TypeError,
                            "digit_run(text: str, separators: str, count: int >= 1)");
        return NULL;
    }
    if (marks_of(args[1], &separators) < 0)
        return NULL;
    PyObject *text = args[0];
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), chain = 0, gap = 0, start = 0;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (is_decimal(ch)) { /* sre's \d on str patterns */
            if (chain && gap <= 3) {
                chain++;
            }
            else {
                chain = 1;
                start = i;
            }
            gap = 0;
            if (chain >= count)
                return PyLong_FromSsize_t(start);
        }
        else if (chain && is_mark(&separators, ch)) {
            gap++;
        }
        else {
            chain = 0;
        }
    }
    return PyLong_FromLong(-1);
}

static PyObject *
capitals_digits(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 1 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "capitals_digits(text: str)");
        return NULL;
    }
    PyObject *text = args[0];
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i + 3 < n; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i + 1);
        if (ch < 'A' || ch > 'Z') {
            i++; /* nor can a pair start at i + 1 */
            continue;
        }
        ch = PyUnicode_READ(kind, data, i);
        if (ch >= 'A' && ch <= 'Z' && is_decimal(PyUnicode_READ(kind, data, i + 2)) &&
            is_decimal(PyUnicode_READ(kind, data, i + 3)))
            Py_RETURN_TRUE;
    }
    Py_RETURN_FALSE;
}

static PyObject *
offsets(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 1 || !PyList_Check(args[0]) || PyList_GET_SIZE(args[0]) % 2 == 0) {
        PyErr_SetString(PyExc_TypeError, "offsets(parts: list of an odd number of str)");
        return NULL;
    }
    PyObject *parts = args[0];
    Py_ssize_t count = PyList_GET_SIZE(parts) / 2;
    PyObject *starts = PyList_New(count), *ends = PyList_New(count);
    if (starts == NULL || ends == NULL)
        goto fail;
    Py_ssize_t at = 0;
    for (Py_ssize_t k = 0; k < 2 * count; k++) {
        PyObject *part = PyList_GET_ITEM(parts, k);
        if (!PyUnicode_Check(part)) {
            PyErr_SetString(PyExc_TypeError, "parts must be str");
            goto fail;
        }
        at += PyUnicode_GET_LENGTH(part);
        PyObject *offset = PyLong_FromSsize_t(at);
        if (offset == NULL)
            goto fail;
        PyList_SET_ITEM(k % 2 ? ends : starts, k / 2, offset);
    }
    return Py_BuildValue("(NN)", starts, ends);
fail:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    return NULL;
}

/* node.get(key) when it is a node (a dict), else NULL: borrowed; -1 in *error on failure. */
static PyObject *
node_at(PyObject *node, PyObject *key, int *error)
{
    PyObject *found = PyDict_GetItemWithError(node, key);
    if (found == NULL) {
        *error = PyErr_Occurred() != NULL;
        return NULL;
    }
    return PyDict_Check(found) ? found : NULL;
}

/* node_at(), an empty node counting as none too (as the Python `trie.get(word) or ...`). */
static PyObject *
child(PyObject *node, PyObject *key, int *error)
{
    PyObject *found = node_at(node, key, error);
    return found != NULL && PyDict_GET_SIZE(found) > 0 ? found : NULL;
}

/* The filter: 2^21 bits (256 KiB, about 7 % set by the shipped lexicons), indexed by the
 * process's str hashes mixed (splitmix64's finaliser). */
#define FILTER_BITS ((uint64_t)1 << 21)

static inline uint64_t
mix(uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

static inline uint64_t
bit_one(Py_hash_t word)
{
    return mix((uint64_t)word) & (FILTER_BITS - 1);
}

static inline uint64_t
bit_pair(Py_hash_t word, Py_hash_t after)
{
    return mix((uint64_t)word * 0x9e3779b97f4a7c15ULL ^ (uint64_t)after) & (FILTER_BITS - 1);
}

static inline int
bit_set(const unsigned char *bits, uint64_t bit)
{
    return (bits[bit >> 3] >> (bit & 7)) & 1;
}

static PyObject *
start_filter(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 1 || !PyDict_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "start_filter(trie: dict)");
        return NULL;
    }
    PyObject *filter = PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(FILTER_BITS / 8));
    if (filter == NULL)
        return NULL;
    unsigned char *bits = (unsigned char *)PyBytes_AS_STRING(filter);
    memset(bits, 0, FILTER_BITS / 8);
    PyObject *key, *node;
    Py_ssize_t pos = 0;
    while (PyDict_Next(args[0], &pos, &key, &node)) {
        /* what child() takes for a node: a non-empty dict under a str */
        if (!PyUnicode_Check(key) || !PyDict_Check(node) || PyDict_GET_SIZE(node) == 0)
            continue;
        Py_hash_t word = PyObject_Hash(key);
        if (word == -1)
            goto fail;
        PyObject *next, *value;
        Py_ssize_t at = 0;
        while (PyDict_Next(node, &at, &next, &value)) {
            if (!PyUnicode_Check(next))
                continue;
            uint64_t bit;
            if (PyUnicode_GET_LENGTH(next) == 0) {
                bit = bit_one(word);
            }
            else {
                Py_hash_t after = PyObject_Hash(next);
                if (after == -1)
                    goto fail;
                bit = bit_pair(word, after);
            }
            bits[bit >> 3] |= (unsigned char)(1u << (bit & 7));
        }
    }
    return filter;
fail:
    Py_DECREF(filter);
    return NULL;
}

/* Whether the filter lets token `word` (followed by `after`, or NULL at the end) through:
 * the node it may lead to is the trie's under `word`, or under `number` for digits. */
static int
may_start(const unsigned char *bits, PyObject *word, PyObject *after, PyObject *number)
{
    Py_hash_t hashes[2], next = 0, numeral = 0;
    int keys = 0;
    if ((hashes[keys++] = PyObject_Hash(word)) == -1)
        return -1;
    if (all_digits(word) && (hashes[keys++] = PyObject_Hash(number)) == -1)
        return -1;
    int after_digits = 0;
    if (after != NULL) {
        if ((next = PyObject_Hash(after)) == -1)
            return -1;
        after_digits = all_digits(after);
        if (after_digits && (numeral = PyObject_Hash(number)) == -1)
            return -1;
    }
    for (int k = 0; k < keys; k++) {
        if (bit_set(bits, bit_one(hashes[k])))
            return 1;
        if (after != NULL && (bit_set(bits, bit_pair(hashes[k], next)) ||
                              (after_digits && bit_set(bits, bit_pair(hashes[k], numeral)))))
            return 1;
    }
    return 0;
}

static PyObject *
term_starts(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs < 3 || nargs > 4 || !PyDict_Check(args[0]) || !PyList_Check(args[1]) ||
        !PyUnicode_Check(args[2]) ||
        (nargs == 4 && (!PyBytes_Check(args[3]) ||
                        PyBytes_GET_SIZE(args[3]) != (Py_ssize_t)(FILTER_BITS / 8)))) {
        PyErr_SetString(PyExc_TypeError,
                        "term_starts(trie: dict, words: list, number: str[, filter: bytes])");
        return NULL;
    }
    PyObject *trie = args[0], *words = args[1], *number = args[2];
    const unsigned char *bits =
        nargs == 4 ? (const unsigned char *)PyBytes_AS_STRING(args[3]) : NULL;
    if (!all_str(words))
        return NULL;
    PyObject *starts = PyList_New(0);
    if (starts == NULL)
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(words);
    int error = 0;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        if (bits != NULL) {
            PyObject *after = i + 1 < count ? PyList_GET_ITEM(words, i + 1) : NULL;
            int may = may_start(bits, word, after, number);
            if (may < 0)
                goto fail;
            if (!may)
                continue;
        }
        PyObject *node = child(trie, word, &error);
        if (node == NULL && !error && all_digits(word))
            node = child(trie, number, &error);
        if (error)
            goto fail;
        if (node == NULL)
            continue;
        int ends = PyDict_Contains(node, EMPTY);
        if (ends < 0)
            goto fail;
        if (!ends) { /* no one-token term: the next token must lead on */
            if (i == count - 1)
                continue;
            PyObject *after = PyList_GET_ITEM(words, i + 1);
            int leads = PyDict_Contains(node, after);
            if (leads < 0)
                goto fail;
            if (!leads) {
                leads = PyDict_Contains(node, number);
                if (leads < 0)
                    goto fail;
                leads = leads && all_digits(after);
            }
            if (!leads)
                continue;
        }
        if (append_new(starts, PyLong_FromSsize_t(i)) < 0)
            goto fail;
    }
    return starts;
fail:
    Py_DECREF(starts);
    return NULL;
}

/* A walk's pending nodes: (node, token index), popped last in first out. */
typedef struct {
    PyObject *node; /* borrowed: the trie outlives the walk */
    Py_ssize_t at;
} Pending;

typedef struct {
    Pending *items;
    Py_ssize_t size, capacity;
} Stack;

static int
push(Stack *stack, PyObject *node, Py_ssize_t at)
{
    if (stack->size == stack->capacity) {
        Py_ssize_t capacity = stack->capacity ? 2 * stack->capacity : 16;
        Pending *items = PyMem_Realloc(stack->items, capacity * sizeof(Pending));
        if (items == NULL) {
            PyErr_NoMemory();
            return -1;
        }
        stack->items = items;
        stack->capacity = capacity;
    }
    stack->items[stack->size].node = node;
    stack->items[stack->size].at = at;
    stack->size++;
    return 0;
}

/* spans[rule].append((start, end)) for each rule of `rules` (a node's payloads). */
static int
add_spans(PyObject *spans, PyObject *rules, Py_ssize_t start, Py_ssize_t end)
{
    PyObject *seq = PySequence_Fast(rules, "a trie's payloads must be a sequence");
    if (seq == NULL)
        return -1;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    for (Py_ssize_t k = 0; k < n; k++) {
        PyObject *rule = PySequence_Fast_GET_ITEM(seq, k);
        PyObject *list = PyDict_GetItemWithError(spans, rule);
        if (list == NULL) {
            if (PyErr_Occurred())
                goto fail;
            list = PyList_New(0);
            if (list == NULL || PyDict_SetItem(spans, rule, list) < 0) {
                Py_XDECREF(list);
                goto fail;
            }
            Py_DECREF(list); /* the dict holds it */
        }
        if (append_new(list, Py_BuildValue("(nn)", start, end)) < 0)
            goto fail;
    }
    Py_DECREF(seq);
    return 0;
fail:
    Py_DECREF(seq);
    return -1;
}

/* terms.walk(node, words, at, stop), every phrase found added as (origin, end). */
static int
walk(Stack *stack, PyObject *spans, PyObject *node, PyObject *words, Py_ssize_t at,
     Py_ssize_t stop, Py_ssize_t origin, PyObject *number)
{
    int error = 0;
    stack->size = 0;
    if (push(stack, node, at) < 0)
        return -1;
    while (stack->size) {
        Pending top = stack->items[--stack->size];
        PyObject *rules = PyDict_GetItemWithError(top.node, EMPTY);
        if (rules == NULL && PyErr_Occurred())
            return -1;
        if (rules != NULL && add_spans(spans, rules, origin, top.at) < 0)
            return -1;
        if (top.at >= stop)
            continue;
        PyObject *word = PyList_GET_ITEM(words, top.at);
        PyObject *after = node_at(top.node, word, &error);
        if (error || (after != NULL && push(stack, after, top.at + 1) < 0))
            return -1;
        if (all_digits(word)) {
            after = node_at(top.node, number, &error);
            if (error || (after != NULL && push(stack, after, top.at + 1) < 0))
                return -1;
        }
    }
    return 0;
}

static PyObject *
marker_spans(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyDict_Check(args[0]) || !PyList_Check(args[1]) ||
        !PyList_Check(args[2]) || !PyUnicode_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError,
                        "marker_spans(trie: dict, words: list, ranges: list, number: str)");
        return NULL;
    }
    PyObject *trie = args[0], *words = args[1], *ranges = args[2], *number = args[3];
    Py_ssize_t count = PyList_GET_SIZE(words);
    if (!all_str(words))
        return NULL;
    PyObject *spans = PyDict_New();
    if (spans == NULL)
        return NULL;
    Stack stack = {NULL, 0, 0};
    Py_ssize_t done = 0;
    int error = 0;
    for (Py_ssize_t r = 0; r < PyList_GET_SIZE(ranges); r++) {
        Py_ssize_t low, high;
        if (!PyArg_ParseTuple(PyList_GET_ITEM(ranges, r), "nn", &low, &high))
            goto fail;
        if (low < 0 || high > count) {
            PyErr_SetString(PyExc_IndexError, "a range goes past the words");
            goto fail;
        }
        if (low < done)
            low = done;
        for (Py_ssize_t start = low; start < high; start++) {
            PyObject *word = PyList_GET_ITEM(words, start);
            if (all_digits(word)) {
                if (walk(&stack, spans, trie, words, start, high, start, number) < 0)
                    goto fail;
                continue;
            }
            PyObject *node = node_at(trie, word, &error);
            if (error)
                goto fail;
            if (node != NULL && walk(&stack, spans, node, words, start + 1, high, start, number) < 0)
                goto fail;
        }
        if (high > done)
            done = high;
    }
    PyMem_Free(stack.items);
    return spans;
fail:
    PyMem_Free(stack.items);
    Py_DECREF(spans);
    return NULL;
}

static PyObject *
vector_rows(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 1 || !PyDict_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "vector_rows(vectors: dict)");
        return NULL;
    }
    PyObject *vectors = args[0], *word, *vector;
    Py_ssize_t count = PyDict_GET_SIZE(vectors), width = -1, pos = 0, row = 0;
    PyObject *index = PyDict_New(), *rows = NULL;
    if (index == NULL)
        return NULL;
    while (PyDict_Next(vectors, &pos, &word, &vector)) {
        if (!PyUnicode_Check(word) || !PyTuple_Check(vector)) {
            PyErr_SetString(PyExc_TypeError, "vectors must map str to tuples of floats");
            goto fail;
        }
        if (width < 0) {
            width = PyTuple_GET_SIZE(vector);
            rows = PyBytes_FromStringAndSize(NULL, count * (width ? width : 1) * sizeof(double));
            if (rows == NULL)
                goto fail;
        }
        else if (PyTuple_GET_SIZE(vector) != width) { /* zip(..., strict=True) */
            PyErr_SetString(PyExc_ValueError, "the words' vectors differ in length");
            goto fail;
        }
        double *values = (double *)PyBytes_AS_STRING(rows) + row * width;
        for (Py_ssize_t k = 0; k < width; k++) {
            PyObject *item = PyTuple_GET_ITEM(vector, k);
            if (!PyFloat_Check(item)) {
                PyErr_SetString(PyExc_TypeError, "vectors must map str to tuples of floats");
                goto fail;
            }
            values[k] = PyFloat_AS_DOUBLE(item);
        }
        PyObject *at = PyLong_FromSsize_t(row++);
        if (at == NULL || PyDict_SetItem(index, word, at) < 0) {
            Py_XDECREF(at);
            goto fail;
        }
        Py_DECREF(at);
    }
    if (rows == NULL && (rows = PyBytes_FromStringAndSize(NULL, 0)) == NULL)
        goto fail;
    return Py_BuildValue("(NNn)", index, rows, width < 0 ? (Py_ssize_t)0 : width);
fail:
    Py_DECREF(index);
    Py_XDECREF(rows);
    return NULL;
}

/* Whether row `row` was added already, adding it if not: an open-addressing set of rows + 1. */
static int
seen_before(Py_ssize_t *slots, Py_ssize_t mask, Py_ssize_t row)
{
    for (Py_ssize_t at = (Py_ssize_t)(((size_t)row * 0x9E3779B1u) & (size_t)mask);;
         at = (at + 1) & mask) {
        if (slots[at] == row + 1)
            return 1;
        if (slots[at] == 0) {
            slots[at] = row + 1;
            return 0;
        }
    }
}

static PyObject *
column_sums(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    PyObject *index, *rows;
    Py_ssize_t width;
    if (nargs != 4 || !PyTuple_Check(args[0]) || !PyList_Check(args[1]) ||
        !PyArg_ParseTuple(args[0], "O!O!n", &PyDict_Type, &index, &PyBytes_Type, &rows, &width)) {
        PyErr_Clear();
        PyErr_SetString(PyExc_TypeError, "column_sums(rows: (index, rows, width) from "
                                         "vector_rows, words: list, first: int, end: int)");
        return NULL;
    }
    PyObject *words = args[1];
    Py_ssize_t first = PyLong_AsSsize_t(args[2]), end = PyLong_AsSsize_t(args[3]);
    if ((first == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(words), stored = PyBytes_GET_SIZE(rows);
    if (first < 0 || end < 0) {
        PyErr_SetString(PyExc_ValueError, "first and end must not be negative");
        return NULL;
    }
    if (width < 0 || (Py_ssize_t)(PyDict_GET_SIZE(index) * width * sizeof(double)) > stored) {
        PyErr_SetString(PyExc_ValueError, "column_sums: rows do not match their index");
        return NULL;
    }
    if (end > count) /* as the slice words[first:end] */
        end = count;
    Py_ssize_t mask = 15;
    while (mask + 1 < 2 * (end - first))
        mask = mask * 2 + 1;
    Py_ssize_t local[64], *slots = mask < 64 ? local : PyMem_Calloc(mask + 1, sizeof(Py_ssize_t));
    double *sums = PyMem_Calloc(width ? width : 1, sizeof(double));
    PyObject *result = NULL;
    int any = 0;
    if (slots == NULL || sums == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (slots == local)
        memset(local, 0, sizeof(local));
    const double *table = (const double *)PyBytes_AS_STRING(rows);
    for (Py_ssize_t i = first; i < end; i++) {
        PyObject *at = PyDict_GetItemWithError(index, PyList_GET_ITEM(words, i));
        if (at == NULL) {
            if (PyErr_Occurred())
                goto done;
            continue; /* a word the model does not know */
        }
        Py_ssize_t row = PyLong_AsSsize_t(at);
        if (row < 0 || row >= PyDict_GET_SIZE(index)) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "column_sums: a row outside the table");
            goto done;
        }
        if (seen_before(slots, mask, row))
            continue; /* counted at its first occurrence */
        any = 1;
        const double *values = table + row * width;
        for (Py_ssize_t k = 0; k < width; k++)
            sums[k] += values[k];
    }
    if (!any) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    result = PyList_New(width);
    if (result == NULL)
        goto done;
    for (Py_ssize_t k = 0; k < width; k++) {
        PyObject *value = PyFloat_FromDouble(sums[k]);
        if (value == NULL) {
            Py_CLEAR(result);
            goto done;
        }
        PyList_SET_ITEM(result, k, value);
    }
done:
    if (slots != local)
        PyMem_Free(slots);
    PyMem_Free(sums);
    return result;
}

static PyMethodDef methods[] = {
    {"fold_map", (PyCFunction)(void (*)(void))fold_map, METH_FASTCALL,
     "A str.translate table of code points under U+0370, as the array split folds with."},
    {"split", (PyCFunction)(void (*)(void))split, METH_FASTCALL,
     "(parts, words): the lowered text split into separators and tokens, tokens folded."},
    {"cuts", (PyCFunction)(void (*)(void))cuts, METH_FASTCALL,
     "(sentences, clauses): the token indices where sentences and clauses begin after cuts."},
    {"digit_run", (PyCFunction)(void (*)(void))digit_run, METH_FASTCALL,
     "Where the first run of count decimal digits starts (up to 3 separators between two), or -1."},
    {"capitals_digits", (PyCFunction)(void (*)(void))capitals_digits, METH_FASTCALL,
     "Whether two ASCII capital letters are followed by two decimal digits."},
    {"offsets", (PyCFunction)(void (*)(void))offsets, METH_FASTCALL,
     "(starts, ends): each token's offsets from the lengths of the parts split gives."},
    {"start_filter", (PyCFunction)(void (*)(void))start_filter, METH_FASTCALL,
     "The bits of the trie's first tokens, alone and paired with their next tokens."},
    {"term_starts", (PyCFunction)(void (*)(void))term_starts, METH_FASTCALL,
     "The indices of the tokens where a term of the trie may start."},
    {"vector_rows", (PyCFunction)(void (*)(void))vector_rows, METH_FASTCALL,
     "(index, rows, width): the classifier's vectors as one array of doubles, row per word."},
    {"column_sums", (PyCFunction)(void (*)(void))column_sums, METH_FASTCALL,
     "The column sums of the vectors of the distinct known words of words[first:end]."},
    {"marker_spans", (PyCFunction)(void (*)(void))marker_spans, METH_FASTCALL,
     "{rule: [(start, end), ...]}: the context markers found in the sorted ranges."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_tokens", "The lexicons' detector's token loops in C.", -1, methods,
};

PyMODINIT_FUNC
PyInit__tokens(void)
{
    EMPTY = PyUnicode_New(0, 0);
    if (EMPTY == NULL)
        return NULL;
    return PyModule_Create(&module);
}
