/**
 * The typefaces' roles in a GB/T 9704 document and the names of the official faces an office PC
 * may have installed. Apart from fonts.ts (which reads the bundled faces from node_modules): the
 * DOCX writer and the handbook's case workbench, which run in the browser too, need only these.
 */
export type FontRole = 'fang' | 'xbs' | 'hei' | 'kai' | 'song';

export const FONT_ROLES: readonly FontRole[] = ['fang', 'xbs', 'hei', 'kai', 'song'];

/**
 * Installed official faces, as local() names (full or PostScript names; fontconfig,
 * Windows and macOS match either). First found wins.
 */
export const OFFICIAL_CANDIDATES: Record<FontRole, readonly string[]> = {
  fang: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong'],
  xbs: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05', '方正小标宋'],
  hei: ['黑体', 'SimHei', '华文黑体', 'STHeiti'],
  kai: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti'],
  song: ['宋体', 'SimSun', '华文宋体', 'STSong'],
};
