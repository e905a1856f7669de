// The error points at the spec's line and column, with its rule id; nothing is written.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] .*src\/main\/aksnet\/cluster\.yaml:8:\d+: error\[SUBNET_OUTSIDE_VNET\]: /
assert log.contains('aksnet: 1 error, 0 warnings in 1 spec')
assert !new File(basedir, 'out').exists()
return true
