// Evaluates a PAC file the way a PAC runtime does, for tests/test_pac.py.
// Usage: node pac_harness.js FILE.pac  with a JSON list of [url, host] pairs on stdin;
// prints the JSON list of FindProxyForURL results in the same order.
// The script runs in an empty context: ECMAScript built-ins only, no require, no console
// and none of the PAC helper functions (dnsDomainIs, shExpMatch, …). The guard's PAC file
// uses none of them, so a call to one fails here, as it would where a runtime lacks it.
"use strict";
const fs = require("fs");
const vm = require("vm");

const context = vm.createContext({});
vm.runInContext(fs.readFileSync(process.argv[2], "utf8"), context, { filename: process.argv[2], timeout: 5000 });
const findProxy = context.FindProxyForURL;
if (typeof findProxy !== "function") {
    throw new Error("the PAC file defines no FindProxyForURL");
}
const cases = JSON.parse(fs.readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cases.map(([url, host]) => findProxy(url, host))));
