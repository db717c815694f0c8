/**
 * A department by its full name, as a 主送机关 or 受理部门 is written (GB/T 9704 §7.3.3: 全称或者规范化
 * 简称): the one place an organ's name is joined to one of its departments. Clerks write a
 * department as they say it at work: 政工室 (the case's organ's own), 集宁区分局政工室 (the organ's
 * short name first), 乌兰察布市公安局集宁区分局政工室 (in full), 呼和浩特市公安局纪检监察室 (another
 * organ's). A name that already says its organ must not get the organ again: 乌兰察布市公安局集宁区分局
 * 集宁区分局政工室 is no department of anyone.
 */

/** Other organs and bodies a department may belong to: kept as written. */
const OTHER_ORGAN = /公安厅|公安局|公安分局|^内蒙古|纪委|监委|检察|法院|人民政府|党委|委员会/u;

/**
 * The organ a branch (X市公安局Y区分局) hangs under and the branch's short name (Y区分局), or the
 * organ itself with no short name for an organ that is no branch.
 */
function parts(organ: string): { parent: string; short?: string } {
  const m = /^(.*?公安局)([^公局]{1,12}?分局)$/u.exec(organ);
  return m ? { parent: m[1]!, short: m[2]! } : { parent: organ };
}

/**
 * The department's full name under `organ` (the case's organ): kept when it starts with the organ's
 * name; the organ's short name (集宁区分局政工室, or 分局政工室 said inside the branch) is put in full;
 * a sibling branch's short name (新城区分局刑侦大队) is put under the organ both hang under; a name
 * that names another organ is kept; any other name is the organ's own department.
 */
export function departmentFullName(organ: string, department: string): string {
  const name = department.trim();
  if (name.startsWith(organ)) return name;
  const { parent, short } = parts(organ);
  if (short && name.startsWith(short)) return `${organ}${name.slice(short.length)}`;
  if (short && name.startsWith('分局')) return `${organ}${name.slice('分局'.length)}`;
  if (OTHER_ORGAN.test(name)) return name;
  if (/^[^公局]{1,12}?分局/u.test(name)) return `${parent}${name}`;
  return `${organ}${name}`;
}
