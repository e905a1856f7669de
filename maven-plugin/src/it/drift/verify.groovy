// The check fails on the stale file and on the files never committed, and says how to fix it.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] aksnet: differs: ') && log.contains('infra/cluster/terraform/main.tf')
assert log.contains('-# An older output, committed before the spec changed.')
assert log.contains('[ERROR] aksnet: missing: ') && log.contains('cluster/terraform/versions.tf')
assert log.contains('generated output is out of date in 2 folders: run mvn aksnet:generate')
// The gate writes nothing.
assert !new File(basedir, 'infra/cluster/terraform/versions.tf').exists()
return true
