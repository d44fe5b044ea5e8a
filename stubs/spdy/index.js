'use strict';
/*
 * Stands in for spdy (package.json: "spdy": "file:stubs/spdy" and the override "$spdy"). restify
 * 11 requires spdy as it loads, and spdy's http-deceiver calls process.binding('http_parser'),
 * which Node 20 reports as deprecated (DEP0111) in every process that loads restify. restify only
 * uses spdy for its `spdy` option, which this project never sets. restify 12 dropped spdy but
 * declares Node >= 22, which is the engine warning on install that restify 11 avoids.
 */
module.exports = {
  createServer() {
    throw new Error(
      "SPDY is not served by this project: restify's spdy option is not supported (stubs/spdy)",
    );
  },
};
