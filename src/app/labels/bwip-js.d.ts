/**
 * The part of bwip-js Taizhang uses. Its package publishes types only under the "browser" and "node"
 * export conditions, which the type checker's bundler resolution does not pick; webpack and Node do.
 */
declare module 'bwip-js' {
  interface BwipRaw {
    raw(options: { bcid: string; text: string }): Array<{ sbs: number[] } | { pixs: number[] }>;
  }
  const bwipjs: BwipRaw;
  export default bwipjs;
}
