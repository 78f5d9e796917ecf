/**
 * Summarises a V8 CPU profile (`node --cpu-prof`, or BENCH_CPU_PROF of bench:gateway): the functions
 * with the most self time, and self time by package or project folder.
 *
 *   node bench/gateway/profile.ts <file.cpuprofile> [top=30] [last seconds]
 *
 * With `last seconds`, only the samples of the profile's last seconds count (the load, not the boot).
 */
import { readFileSync } from "node:fs";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, lastArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench/gateway/profile.ts <file.cpuprofile> [top]");
  process.exit(2);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfUs = new Map<number, number>();
const span = profile.timeDeltas.reduce((a, b) => a + b, 0);
const from = lastArg ? span - Number(lastArg) * 1e6 : 0;
let at = 0;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i] ?? 0;
  if (at >= from) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

/** node_modules/<package> (scoped too), the project folder, or node's own code. */
function groupOf(url: string): string {
  if (!url) return "(native / V8)";
  if (url.startsWith("node:")) return "node:internals";
  const modules = url.lastIndexOf("node_modules/");
  if (modules !== -1) {
    const parts = url.slice(modules + "node_modules/".length).split("/");
    return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const project = /\/(dist\/)?((?:services\/[^/]+)|lib|mixins|bin|[^/]+\.[jt]s$)/.exec(url);
  return project ? project[2] : url;
}

const byFunction = new Map<string, number>();
const byGroup = new Map<string, number>();
for (const [id, us] of selfUs) {
  const frame = (byId.get(id) as ProfileNode).callFrame;
  const name = frame.functionName || "(anonymous)";
  const where = frame.url
    ? `${frame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\/.*?\/(dist\/)?/, "")}:${frame.lineNumber + 1}`
    : "";
  const key = where ? `${name} ${where}` : name;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  const group = groupOf(frame.url);
  byGroup.set(group, (byGroup.get(group) ?? 0) + us);
}

const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const print = (title: string, entries: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)}  ${key}`);
};
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
print("self time by package or folder", byGroup);
print("self time by function", byFunction);
