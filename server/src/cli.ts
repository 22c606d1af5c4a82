// `exconn` command-line tool (filled in by the core issue).
process.stdout.write('exconn\n');
