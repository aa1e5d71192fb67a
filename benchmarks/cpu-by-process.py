#!/usr/bin/env python3
"""Where a machine's CPU goes while something runs (a rehearsal of .ci/run, say), by process.

    python3 benchmarks/cpu-by-process.py OUT.json [interval seconds, 3] [since, epoch seconds: now]

Every interval it reads each process's utime + stime from /proc and puts it under a name made from its command line:
Chromium by its process type, chromedriver, a WildFly by its server folder (the shared deployment's "shared") and the
pass it belongs to (the PostgreSQL pass of .ci/run runs in a /tmp/tmp.* copy of the tree), Maven, the test forks,
Keycloak, PostgreSQL. A process that started before `since` counts only the CPU it uses from the first reading on; one
that ends between two readings loses what it used after the last. OUT.json holds the totals by name and, every 20
readings, the totals so far (a timeline). It runs until OUT.json.stop exists, or it is killed.
"""
import json
import os
import re
import sys
import time

HZ = os.sysconf('SC_CLK_TCK')


def name_of(cmd):
    tree = 'postgresql pass' if '/tmp/tmp.' in cmd else 'h2 pass'
    if 'keycloak' in cmd.lower() or 'quarkus' in cmd:
        return 'keycloak'
    if 'jboss-modules' in cmd:
        base = re.search(r'jboss\.server\.base\.dir=(\S+)', cmd)
        folder = base.group(1).rstrip('/') if base else ''
        server = 'shared' if folder.endswith('standalone') else (folder.split('/')[-1] if folder else 'configuring')
        return f'{tree}: wildfly {server}'
    if 'plexus-classworlds' in cmd:
        return f'{tree}: maven'
    if 'surefire' in cmd or 'failsafe' in cmd:
        return f'{tree}: test fork'
    if 'chromedriver' in cmd:
        return 'chromedriver'
    if 'chrom' in cmd:
        kind = re.search(r'--type=(\S+)', cmd)
        return 'chromium ' + (kind.group(1) if kind else 'browser')
    if cmd.startswith('postgres') or '/postgresql/' in cmd:
        return 'postgresql'
    program = os.path.basename(cmd.split(' ')[0])
    return f'{tree}: java, other' if program == 'java' else 'other: ' + program[:20]


def main():
    out = sys.argv[1]
    interval = float(sys.argv[2]) if len(sys.argv) > 2 else 3
    since = float(sys.argv[3]) if len(sys.argv) > 3 else time.time()
    boot = int(next(line for line in open('/proc/stat') if line.startswith('btime')).split()[1])
    seen = {}  # (pid, start) -> [name, ticks now, ticks at the first reading]
    timeline = []
    started = time.time()
    while not os.path.exists(out + '.stop'):
        for pid in os.listdir('/proc'):
            if not pid.isdigit():
                continue
            try:
                with open(f'/proc/{pid}/stat') as f:
                    stat = f.read()
                with open(f'/proc/{pid}/cmdline', 'rb') as f:
                    cmd = f.read().replace(b'\0', b' ').decode(errors='replace').strip()
            except OSError:
                continue
            fields = stat[stat.rfind(')') + 2:].split()
            ticks = int(fields[11]) + int(fields[12])
            key = (pid, fields[19])
            if key not in seen:
                began = boot + int(fields[19]) / HZ
                seen[key] = [name_of(cmd) if cmd else 'kernel', ticks, ticks if began < since else 0]
            seen[key][1] = ticks
        totals = {}
        for name, now, first in seen.values():
            totals[name] = totals.get(name, 0) + now - first
        timeline.append((round(time.time() - started), {n: round(t / HZ, 1) for n, t in totals.items()}))
        with open(out, 'w') as f:
            json.dump({'totals': {n: round(t / HZ, 1) for n, t in sorted(totals.items(), key=lambda x: -x[1])},
                       'timeline': timeline[::20]}, f, indent=1)
        time.sleep(interval)


if __name__ == '__main__':
    main()
