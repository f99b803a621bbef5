/*
 * heap.c - the Java heap over Boehm GC, the root callback that shows the
 * collector the VM stacks, and the metadata arenas.
 *
 * Must never: abort the process on exhaustion (the OOM callback returns
 * NULL and callers throw OutOfMemoryError), or hand out memory that is not
 * zeroed (Java's default values, JVMS 2.3/2.4).
 */
#include "gc/heap.h"

#include "interp/interp.h"
#include "runtime/class.h"
#include "runtime/exception.h"
#include "runtime/vm.h"

#include <gc/gc.h>
#include <gc/gc_mark.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* ---- process-wide collector setup ------------------------------------ */

static pthread_once_t heap_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t threads_lock = PTHREAD_MUTEX_INITIALIZER;
static Thread *registered_threads;
static GC_push_other_roots_proc previous_push_roots;

/* Boehm asks this when an allocation cannot be satisfied; returning NULL
 * makes GC_malloc return NULL instead of aborting. */
static void *out_of_memory(size_t bytes)
{
    (void)bytes;
    return NULL;
}

/* Root callback: each thread's VM stack, from its base to the highest slot
 * that may be live. Slots above it are stale and deliberately not scanned,
 * so dead objects do not linger. */
static void push_thread_stacks(void)
{
    pthread_mutex_lock(&threads_lock);
    for (Thread *t = registered_threads; t; t = t->next_registered) {
        Slot *top = thread_stack_top(t);
        if (top > t->stack)
            GC_push_all(t->stack, top);
    }
    pthread_mutex_unlock(&threads_lock);
    if (previous_push_roots)
        previous_push_roots();
}

static void heap_init_once(void)
{
    GC_set_all_interior_pointers(1);
    GC_INIT();
    GC_set_oom_fn(out_of_memory);
    GC_set_warn_proc(GC_ignore_warn_proc);
    previous_push_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_thread_stacks);
}

void heap_global_init(void)
{
    pthread_once(&heap_once, heap_init_once);
}

void heap_register_thread(Thread *t)
{
    pthread_mutex_lock(&threads_lock);
    t->next_registered = registered_threads;
    registered_threads = t;
    pthread_mutex_unlock(&threads_lock);
}

void heap_unregister_thread(Thread *t)
{
    pthread_mutex_lock(&threads_lock);
    for (Thread **p = &registered_threads; *p; p = &(*p)->next_registered) {
        if (*p == t) {
            *p = t->next_registered;
            break;
        }
    }
    pthread_mutex_unlock(&threads_lock);
}

/* ---- limits ------------------------------------------------------------ */

static size_t physical_memory(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    if (pages <= 0 || size <= 0)
        return (size_t)1 << 30;
    return (size_t)pages * (size_t)size;
}

/* Boehm's ceiling covers its whole heap, metadata included, so the VM's
 * ceiling is added to what the heap already holds when it is set (the
 * class library's metadata, which HotSpot keeps outside -Xmx too). A
 * non-moving, conservative collector also needs headroom that a
 * compacting one does not (fragmentation between large blocks, a stale
 * word keeping a block alive), so Boehm gets a quarter more than the
 * program's ceiling: a program whose live data fits in -Xmx on HotSpot
 * fits here too. The ceiling is process-wide in Boehm; the largest VM's
 * wins. */
void heap_set_limit(Vm *vm, size_t max_bytes)
{
    if (max_bytes == 0)
        max_bytes = physical_memory() / 4;
    vm->max_heap = max_bytes;
    size_t slack = max_bytes / 4 + ((size_t)4 << 20);
    GC_set_max_heap_size(GC_get_heap_size() + max_bytes + slack);
}

void heap_lift_limit(void) { GC_set_max_heap_size(0); /* 0: none */ }

size_t heap_max(Vm *vm) { return vm->max_heap; }
size_t heap_total(void) { return GC_get_heap_size(); }
size_t heap_used(void) { return GC_get_heap_size() - GC_get_free_bytes(); }
void heap_collect(void) { GC_gcollect(); }

/* ---- allocation -------------------------------------------------------- */

/* Boehm gives up as soon as the ceiling stops the heap from growing, even
 * when a full collection (with eager sweeping) would free enough; so one
 * full collection and one retry come before OutOfMemoryError. */
static void *allocate(size_t bytes, bool atomic)
{
    void *p = atomic ? GC_MALLOC_ATOMIC(bytes) : GC_MALLOC(bytes);
    if (!p) {
        GC_gcollect_and_unmap();
        p = atomic ? GC_MALLOC_ATOMIC(bytes) : GC_MALLOC(bytes);
    }
    return p;
}

Object *heap_alloc_object(Thread *t, Class *c)
{
    Object *o = allocate(c->instance_size, false);
    if (!o) {
        throw_out_of_memory(t);
        return NULL;
    }
    o->klass = c;
    return o;
}

Array *heap_alloc_array(Thread *t, Class *array_class, int32_t length)
{
    if (length < 0) {
        throw_new(t, "java/lang/NegativeArraySizeException", "%d", length);
        return NULL;
    }
    /* HotSpot refuses arrays this close to the int limit outright. */
    if (length >= INT32_MAX - 1) {
        throw_new(t, "java/lang/OutOfMemoryError",
                  "Requested array size exceeds VM limit");
        return NULL;
    }
    size_t elem = array_class->element_size;
    size_t bytes = sizeof(Array) + (size_t)length * elem;
    if (bytes > t->vm->max_heap) {
        throw_out_of_memory(t);
        return NULL;
    }
    bool atomic = !(array_class->flags & CLASS_IS_REFERENCE_ARRAY);
    Array *a = allocate(bytes, atomic);
    if (a && atomic)
        memset(a, 0, bytes);
    if (!a) {
        throw_out_of_memory(t);
        return NULL;
    }
    a->header.klass = array_class;
    a->length = length;
    return a;
}

Object *heap_clone(Thread *t, Object *o)
{
    Class *c = o->klass;
    size_t bytes;
    Object *copy;
    if (class_is_array(c)) {
        bytes = sizeof(Array) + (size_t)((Array *)o)->length * c->element_size;
        copy = allocate(bytes, !(c->flags & CLASS_IS_REFERENCE_ARRAY));
    } else {
        bytes = c->instance_size;
        copy = allocate(bytes, false);
    }
    if (!copy) {
        throw_out_of_memory(t);
        return NULL;
    }
    memcpy(copy, o, bytes);
    copy->hash = 0;
    copy->lock = 0;
    return copy;
}

/* ---- arenas ------------------------------------------------------------ */

enum { ARENA_CHUNK = 256 * 1024 };

typedef struct Chunk {
    struct Chunk *next;
    size_t used, size;
    max_align_t data[];
} Chunk;

struct Arena {
    Chunk *chunks;
    bool scanned;
};

static void *arena_take(Vm *vm, Arena **slot, bool scanned, size_t size)
{
    if (!*slot) {
        *slot = calloc(1, sizeof(Arena));
        if (!*slot)
            return NULL;
        (*slot)->scanned = scanned;
    }
    Arena *arena = *slot;
    size = (size + 15) & ~(size_t)15;
    Chunk *c = arena->chunks;
    if (!c || c->size - c->used < size) {
        size_t chunk_size = size > ARENA_CHUNK / 4 ? size : ARENA_CHUNK;
        size_t total = sizeof(Chunk) + chunk_size;
        c = scanned ? GC_MALLOC_UNCOLLECTABLE(total) : malloc(total);
        if (!c)
            return NULL;
        memset(c, 0, total);
        c->size = chunk_size;
        c->used = 0;
        if (chunk_size == size && arena->chunks) {
            /* A big private chunk: keep the current one for small requests. */
            c->next = arena->chunks->next;
            arena->chunks->next = c;
        } else {
            c->next = arena->chunks;
            arena->chunks = c;
        }
    }
    void *p = (char *)c->data + c->used;
    c->used += size;
    (void)vm;
    return p;
}

void *arena_alloc(Vm *vm, size_t size)
{
    return arena_take(vm, &vm->meta_arena, true, size);
}

void *arena_alloc_data(Vm *vm, size_t size)
{
    return arena_take(vm, &vm->data_arena, false, size);
}

char *arena_strdup(Vm *vm, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = arena_alloc_data(vm, n);
    if (p)
        memcpy(p, s, n);
    return p;
}

static void arena_release(Arena *arena)
{
    if (!arena)
        return;
    for (Chunk *c = arena->chunks, *next; c; c = next) {
        next = c->next;
        if (arena->scanned)
            GC_FREE(c);
        else
            free(c);
    }
    free(arena);
}

void arena_free_all(Vm *vm)
{
    arena_release(vm->meta_arena);
    arena_release(vm->data_arena);
    vm->meta_arena = vm->data_arena = NULL;
}
