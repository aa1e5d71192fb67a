#!/usr/bin/env python3
"""Where InvestigationBenchmark's server CPU went, from a JFR recording printed by
`jfr print --events jdk.ExecutionSample --stack-depth 512 x.jfr > x.txt` (benchmarks/investigation-profile.sh).

Each execution sample is put in its workload (the product's cases, the investigation model alone, the bare engine)
by the benchmark's frames on its stack; a product sample in its step (intake or triage) and in whose work it was:
the engine's (the innermost of Camunda's and the product's frames is Camunda's), the product's own (it is the
product's: its services, its delegates and listeners called by the engine), the commit (the container ending the
step's transaction: Hibernate's flush and the database's commit; "chain" when it is the audit chain's part of it),
or the container's (EJB and CDI calls around the step). On the embedded H2 file it also shows the database's own
work: writing the pages each commit changed, reading pages back into its cache, and the product's housekeeping of
the file (jdbc/Housekeeping), which runs beside the workloads."""
import collections
import re
import sys

events = open(sys.argv[1]).read().split("jdk.ExecutionSample {")[1:]
FRAME = re.compile(r'^([\w$.<>/]+)\(')


def frames(event):
    out = []
    for line in event.splitlines():
        line = line.strip()
        match = FRAME.match(line)
        if match and 'line:' in line:
            out.append(match.group(1))
    return out


def workload_of(joined):
    """The product's step (intake or triage), or the other workload, a sample was in."""
    if 'InvestigationBenchmark.intakeOne' in joined:
        return 'intake'
    if 'InvestigationBenchmark.triageOne' in joined:
        return 'triage'
    # Recordings made before the benchmark named its steps (2026-11-26): by the lambdas' numbers then.
    if 'lambda$productRound' in joined:
        return 'intake' if 'CaseService.raiseConcern' in joined or 'lambda$productRound$8' in joined \
            or 'lambda$productRound$9' in joined else 'triage'
    return 'the model alone' if 'runModel' in joined else 'bare engine' if 'runBare' in joined else 'other'


workloads = collections.Counter()
owners = collections.Counter()
product_frames = collections.Counter()
# The embedded database's own work, where it shows (frames of H2's store): each commit writing the pages it changed
# (a copy-on-write B-tree: a leaf and its path to the root in every table and index the commit touched), pages read
# back into the store's cache, and the housekeeping thread rewriting live pages out of mostly-dead chunks.
H2_WORK = (('commits writing their changed pages', 'FileStore.serializeAndStore'),
           ('pages read back into the cache', 'FileStore.readPage'))
h2 = collections.Counter()
for event in events:
    stack = frames(event)
    joined = ' '.join(stack)
    step = workload_of(joined)
    if 'Housekeeping.run' in joined:
        h2[('all', 'the file\'s housekeeping (all its work)')] += 1
    else:
        for name, frame in H2_WORK:
            if frame in joined:
                h2[(step, name)] += 1
    if step not in ('intake', 'triage'):
        workloads['other (warm-up set-up, JIT, GC, the server)' if step == 'other' else step] += 1
        continue
    workloads['the product'] += 1
    commit = 'CMTTxInterceptor.endTransaction' in joined
    owner = None
    for frame in stack:
        if frame.startswith('uk.safeguardcases.jdbc'):
            continue  # the driver's group commit: the database's work, counted with the commit
        if frame.startswith('org.camunda'):
            owner = 'engine'
            break
        if frame.startswith('uk.safeguardcases') and not frame.startswith('uk.safeguardcases.bench') \
                and 'CallerContext' not in frame:
            owner = 'product'
            break
    if commit:
        owner = 'commit (audit chain)' if owner == 'product' else 'commit' if owner is None else owner
    owner = owner or 'container'
    owners[(step, owner)] += 1
    if owner in ('product', 'commit (audit chain)'):
        product_frames[(step, next(f for f in stack if f.startswith('uk.safeguardcases')
                                    and not f.startswith('uk.safeguardcases.jdbc')))] += 1

print("samples by workload (10 ms of a thread's CPU each):")
for name, count in workloads.most_common():
    print("  %6d %s" % (count, name))
product = workloads['the product']
for other in ('the model alone', 'bare engine'):
    if workloads[other]:
        print("  product / %s: %.2f" % (other, product / workloads[other]))
print("\nthe product's samples by step and whose work:")
for (step, owner), count in sorted(owners.items()):
    print("  %5.1f%%  %-7s %s" % (100.0 * count / product, step, owner))
print("\nthe product's own work by its innermost frame:")
for (step, frame), count in product_frames.most_common(20):
    print("  %5.1f%%  %-7s %s" % (100.0 * count / product, step, frame.replace('uk.safeguardcases.', '')))
if h2:
    print("\nthe embedded H2 file's own work, of all the server's samples (%d):" % len(events))
    for (step, name), count in sorted(h2.items()):
        print("  %5.1f%%  %-15s %s" % (100.0 * count / len(events), step, name))
