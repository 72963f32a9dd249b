/**
 * Fluent's light theme with Chinese system fonts after the Latin ones, so Chinese text renders in
 * 微软雅黑 / 苹方 / Noto Sans CJK rather than whatever serif face a browser falls back to.
 */
import { webLightTheme, type Theme } from '@fluentui/react-components';

const CJK_FONTS = "'Microsoft YaHei UI', 'Microsoft YaHei', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei'";

function withCjk(stack: string): string {
  const i = stack.lastIndexOf('sans-serif');
  return i < 0 ? `${stack}, ${CJK_FONTS}` : `${stack.slice(0, i)}${CJK_FONTS}, ${stack.slice(i)}`;
}

export const paneTheme: Theme = {
  ...webLightTheme,
  fontFamilyBase: withCjk(webLightTheme.fontFamilyBase),
};
