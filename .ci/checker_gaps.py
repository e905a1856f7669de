#!/usr/bin/env python3
"""Reads a checker's output on stdin and fails on every finding except two known gaps of the checkers for azapi-only
Terraform, each matched exactly (never by code alone):

  tf-check   MISSING_FEATURES 'no provider "azurerm"' in a module that has no azurerm resource: tf-check checks root
             modules for azurerm, and an azapi-only module has no use for an azurerm provider block.
  xtarget    a role assignment whose scope is a written-out ARM id in an azapi_resource's parent_id: xtarget turns
             such ids into references for azurerm and Bicep, not for azapi's parent_id, so the same grant prints as two
             facts. Both lines must be present, for the same folder, role, principal and scope, with opposite sides.

usage: checker_gaps.py tf-check  < tf-check output
       checker_gaps.py xtarget   < xtarget output
Prints what it accepted and what it did not; exit 1 if anything is left.
"""
import os
import re
import sys

mode = sys.argv[1]
lines = sys.stdin.read().splitlines()
left, accepted = [], []
# A checker that did not get to its summary line (a set-up problem, a crash) found nothing: that is a failure.
summary = r"^\d+ modules, \d+ errors, \d+ warnings$" if mode == "tf-check" else r"^\d+ outputs, \d+ differences$"
if not any(re.match(summary, l) for l in lines):
    print("\n".join(lines))
    sys.exit(f"checker_gaps: no summary line from {mode}: it did not run to the end")

if mode == "tf-check":
    for line in lines:
        m = re.match(r"^(.*?)/[^/]+\.tf:\d+: error MISSING_FEATURES no provider \"azurerm\"", line)
        if m:
            module = m.group(1)
            text = "".join(open(os.path.join(module, f)).read() for f in os.listdir(module) if f.endswith(".tf"))
            if not re.search(r'^(resource|data) "azurerm_', text, re.M):
                accepted.append(line)
                continue
        if re.search(r": error ", line):
            left.append(line)
elif mode == "xtarget":
    fact = re.compile(r"^(.*?): role_assignment\[(.+?) @ (\S+) -> (.+)\]: (\S+)=(\S+) (\S+)=(\S+)$")
    zone_id = re.compile(r"^/subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/Microsoft\.Network/privateDnsZones/([^/]+)$", re.I)
    diffs = [l for l in lines if not re.match(r"^\d+ outputs, \d+ differences$", l)]
    parsed = {l: fact.match(l) for l in diffs}
    used = set()
    for l, m in parsed.items():
        if not m or l in used:
            continue
        z = zone_id.match(m.group(3))
        if not z:
            continue
        twin_scope = "private_dns_zone:" + "/".join(z.groups())
        for l2, m2 in parsed.items():
            if m2 and l2 not in used and l2 != l and m2.group(1) == m.group(1) and m2.group(2) == m.group(2) \
                    and m2.group(4) == m.group(4) and m2.group(3).lower() == twin_scope.lower() \
                    and (m2.group(6), m2.group(8)) == (m.group(8), m.group(6)):
                used.update([l, l2])
                accepted += [l, l2]
                break
    left = [l for l in diffs if l not in used]
else:
    sys.exit("usage: checker_gaps.py tf-check|xtarget")

print(f"  {len(accepted)} known checker-gap lines ({mode}), {len(left)} findings left")
for line in left:
    print(line)
sys.exit(1 if left else 0)
