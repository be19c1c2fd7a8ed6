// Validate Prisma schemas given as JSON lines on stdin; print one JSON result per line.
const wasm = require("@prisma/prisma-schema-wasm");
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  for (const line of input.split("\n").filter(Boolean)) {
    const schema = JSON.parse(line);
    try {
      wasm.validate(JSON.stringify({ prismaSchema: [["schema.prisma", schema]], noColor: true }));
      console.log(JSON.stringify({ ok: true }));
    } catch (e) {
      console.log(JSON.stringify({ ok: false, error: String(e.message || e) }));
    }
  }
});
