/* The lexicons' detector's two loops over a text's tokens, in C (optional: see setup.py).
 *
 * split(lowered, table)      -> (parts, words): what sensitive._SPLIT.split(lowered) returns
 *                               (separators and tokens in turn), and the tokens folded with
 *                               str.translate(table) where they are not ASCII (a token that
 *                               folds to nothing kept as it is);
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
 * column_sums(vectors, words, first, end) -> [float, ...] | None: the column sums of the
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

/* A character of `[\w\u0300-\u036f]`: sre's \w on str patterns is Py_UNICODE_ISALNUM or "_". */
static inline int
token_char(Py_UCS4 ch)
{
    return Py_UNICODE_ISALNUM(ch) || ch == '_' || (ch >= 0x300 && ch <= 0x36f);
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
        if (!Py_UNICODE_ISDIGIT(PyUnicode_READ(kind, data, i)))
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

static PyObject *
split(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 2 || !PyUnicode_Check(args[0])) {
        PyErr_SetString(PyExc_TypeError, "split(lowered: str, table: dict)");
        return NULL;
    }
    PyObject *text = args[0], *table = args[1];
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
            word = PyUnicode_Translate(token, table, "ignore");
            if (word != NULL && PyUnicode_GET_LENGTH(word) == 0) {
                /* combining accents alone: kept, as an empty word is a trie's end key */
                Py_DECREF(word);
                word = token;
            }
            else {
                Py_DECREF(token);
            }
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
column_sums(PyObject *module, PyObject *const *args, Py_ssize_t nargs)
{
    if (nargs != 4 || !PyDict_Check(args[0]) || !PyList_Check(args[1])) {
        PyErr_SetString(PyExc_TypeError,
                        "column_sums(vectors: dict, words: list, first: int, end: int)");
        return NULL;
    }
    PyObject *vectors = args[0], *words = args[1];
    Py_ssize_t first = PyLong_AsSsize_t(args[2]), end = PyLong_AsSsize_t(args[3]);
    if ((first == -1 || end == -1) && PyErr_Occurred())
        return NULL;
    Py_ssize_t count = PyList_GET_SIZE(words);
    if (first < 0 || end < 0) {
        PyErr_SetString(PyExc_ValueError, "first and end must not be negative");
        return NULL;
    }
    if (end > count) /* as the slice words[first:end] */
        end = count;
    PyObject *seen = PySet_New(NULL), *result = NULL;
    double *sums = NULL;
    Py_ssize_t width = -1;
    if (seen == NULL)
        return NULL;
    for (Py_ssize_t i = first; i < end; i++) {
        PyObject *word = PyList_GET_ITEM(words, i);
        int known = PySet_Contains(seen, word);
        if (known < 0 || (!known && PySet_Add(seen, word) < 0))
            goto done;
        if (known)
            continue;
        PyObject *vector = PyDict_GetItemWithError(vectors, word);
        if (vector == NULL) {
            if (PyErr_Occurred())
                goto done;
            continue;
        }
        if (!PyTuple_Check(vector)) {
            PyErr_SetString(PyExc_TypeError, "a word's vector must be a tuple of floats");
            goto done;
        }
        Py_ssize_t size = PyTuple_GET_SIZE(vector);
        if (width < 0) {
            width = size;
            sums = PyMem_Calloc(width ? width : 1, sizeof(double));
            if (sums == NULL) {
                PyErr_NoMemory();
                goto done;
            }
        }
        else if (size != width) { /* zip(..., strict=True) */
            PyErr_SetString(PyExc_ValueError, "the words' vectors differ in length");
            goto done;
        }
        for (Py_ssize_t k = 0; k < width; k++) {
            double x = PyFloat_AsDouble(PyTuple_GET_ITEM(vector, k));
            if (x == -1.0 && PyErr_Occurred())
                goto done;
            sums[k] += x;
        }
    }
    if (width < 0) {
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
    PyMem_Free(sums);
    Py_DECREF(seen);
    return result;
}

static PyMethodDef methods[] = {
    {"split", (PyCFunction)(void (*)(void))split, METH_FASTCALL,
     "(parts, words): the lowered text split into separators and tokens, tokens folded."},
    {"start_filter", (PyCFunction)(void (*)(void))start_filter, METH_FASTCALL,
     "The bits of the trie's first tokens, alone and paired with their next tokens."},
    {"term_starts", (PyCFunction)(void (*)(void))term_starts, METH_FASTCALL,
     "The indices of the tokens where a term of the trie may start."},
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
