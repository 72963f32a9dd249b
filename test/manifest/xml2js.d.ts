// The slice of xml2js (a dependency of office-addin-manifest, without bundled types) the manifest tests use.
declare module 'xml2js' {
  export interface ParserOptions {
    explicitChildren?: boolean;
    preserveChildrenOrder?: boolean;
    charsAsChildren?: boolean;
    trim?: boolean;
  }
  export function parseStringPromise(xml: string, options?: ParserOptions): Promise<unknown>;
}
