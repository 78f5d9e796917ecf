/**
 * Every object `kubectl kustomize` renders for each overlay validates against the Kubernetes API
 * schemas (kubernetes-models: the OpenAPI definitions compiled to JSON-schema validators), offline.
 * Needs the dev dependency kubernetes-models.
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";

interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string };
}

type ModelClass = new (data: object) => { validate(): void };

/** The kubernetes-models class for an object's apiVersion and kind: `apps/v1` → kubernetes-models/apps/v1. */
async function modelOf(doc: KubeObject): Promise<ModelClass> {
  const [group, version] = doc.apiVersion.includes("/") ? doc.apiVersion.split("/") : [null, doc.apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}` : `kubernetes-models/${version}`;
  const module = (await import(path)) as Record<string, ModelClass | undefined>;
  const model = module[doc.kind];
  if (!model) throw new Error(`no Kubernetes schema for ${doc.apiVersion} ${doc.kind}`);
  return model;
}

/** The validation errors of one object, or null when it is valid. */
async function problemsOf(doc: KubeObject): Promise<string | null> {
  const Model = await modelOf(doc);
  try {
    new Model(doc).validate();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

function render(overlay: string): KubeObject[] {
  const text = execFileSync("kubectl", ["kustomize", `k8s/overlays/${overlay}`]).toString();
  return parseAllDocuments(text).map((d) => d.toJSON() as KubeObject);
}

describe("k8s schemas", () => {
  for (const overlay of ["dev", "production"]) {
    it(`${overlay}: every rendered object is valid for its API version`, async () => {
      const docs = render(overlay);
      expect(docs.length).toBeGreaterThan(10);
      const invalid: Record<string, string> = {};
      for (const doc of docs) {
        const problems = await problemsOf(doc);
        if (problems) invalid[`${doc.kind}/${doc.metadata.name}`] = problems;
      }
      expect(invalid).toEqual({});
    });
  }

  it("refuses what the API server would (the check is real)", async () => {
    const deployment = render("production").find((d) => d.kind === "Deployment") as KubeObject & {
      spec: { replicas: unknown; template: { spec: { containers: { imagePullPolicy?: string }[] } } };
    };
    expect(await problemsOf({ ...deployment, spec: { ...deployment.spec, replicas: "three" } } as KubeObject)).toMatch(
      /replicas must be integer/,
    );
    const containers = [{ ...deployment.spec.template.spec.containers[0], imagePullPolicy: "Sometimes" }];
    const badPolicy = {
      ...deployment,
      spec: { ...deployment.spec, template: { ...deployment.spec.template, spec: { containers } } },
    };
    expect(await problemsOf(badPolicy as KubeObject)).toMatch(/imagePullPolicy/);
    await expect(modelOf({ apiVersion: "apps/v1", kind: "Deploymnt", metadata: { name: "x" } })).rejects.toThrow(
      /no Kubernetes schema/,
    );
  });
});
