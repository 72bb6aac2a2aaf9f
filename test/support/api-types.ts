import openapiTS, { astToString } from 'openapi-typescript';
import { generateOpenApiDocument } from '../../src/server/openapi-document.js';

const HEADER = '// Generated from the OpenAPI document by `npm run gen:api`. Do not edit by hand.\n';

export async function renderApiTypes(): Promise<string> {
  const document = await generateOpenApiDocument();
  const ast = await openapiTS(document as never);
  return HEADER + astToString(ast);
}
