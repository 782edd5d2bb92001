// The one inline style sheet of every page: no external font, no image, nothing fetched. Marks differ
// by line style and a small letter as well as by colour (MARK_KINDS); columns stack on a narrow screen,
// and so do a table's rows, each cell under its column's name (data-label); a link to a quoted sentence
// lands on it marked "cited" and framed; keyboard focus is a thick outline, and a mark reached with the keyboard shows its hover text in a box at the foot of the screen; printed, the page is one
// column with the marks' backgrounds kept.
import { MARK_KINDS } from './spans.js';

const MARKS = MARK_KINDS.map((k) => `.k-${k.kind}{${k.css}}`).join('\n');

export const PAGE_CSS = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;color:#1f2328;background:#fff}
header.page,main,footer{max-width:1440px;margin:0 auto;padding:0 1rem}
header.page{padding-top:1rem}
h1{font-size:1.6rem;margin:.3rem 0}
h2{font-size:1.3rem;margin:2rem 0 .6rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
h3{font-size:1.1rem}
a{color:#0b5cad}
.crumb{margin:0;font-size:.9rem}
.summary{max-width:60rem}
.verdicts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,16rem),1fr));gap:.75rem;margin:1rem 0}
.card{border:1px solid #d0d7de;border-left-width:6px;border-radius:6px;padding:.6rem .8rem}
.card.v-partisan{border-left-style:double;border-left-color:#b42318}
.card.v-neutral{border-left-color:#6b7280}
.card .id{font-weight:700}
.card .hl{display:block;margin:.3rem 0;font-weight:600}
.card .lead{font-weight:400}
.card .verdict{display:block}
.card .relative{display:block}
.meter{display:block;height:.5rem;background:#eef0f2;border:1px solid #c9ced4;margin:.3rem 0;position:relative}
.meter span{display:block;height:100%;background:#57606a}
.meter i{position:absolute;left:50%;top:-3px;bottom:-3px;border-left:2px solid #111}
.card details{font-size:.9rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,34rem),1fr));gap:1rem}
figure{margin:0}
figcaption{font-size:.85rem;color:#57606a}
svg{max-width:100%;height:auto;display:block}
.legend table{font-size:.9rem}
.cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr));gap:1rem;align-items:start}
.col{border:1px solid #d0d7de;border-radius:6px;padding:.5rem 1rem 1rem;min-width:0;overflow-wrap:anywhere}
.colhead{font-size:.9rem;color:#444;border-bottom:1px solid #eaeef2;padding-bottom:.4rem}
.colhead .id{font-weight:700;color:#111}
.col h3.hl{font-size:1.2rem;line-height:1.35;margin:.6rem 0}
.col .dek{font-size:1.05rem;color:#333;font-weight:500}
.col h4{margin:1rem 0 .3rem}
.nohl{font-style:italic;color:#57606a}
details.removed{margin:.5rem 0;font-size:.85rem;color:#57606a;border-left:3px dotted #c9ced4;padding-left:.5rem}
details.removed summary{cursor:pointer}
details.removed .why{font-style:italic}
details.removed p{margin:.2rem 0 .5rem}
mark{background:none;color:inherit;padding:0 .05em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
sup.ml{font-size:.62em;font-weight:700;font-style:normal;color:#374151;margin-left:.12em;letter-spacing:0;white-space:nowrap}
.sample{padding:0 .2em}
${MARKS}
.table{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f6f8fa}
code{font-size:.9em;background:#f6f8fa;padding:0 .2em;border-radius:3px}
a:focus-visible,summary:focus-visible,mark[tabindex]:focus-visible{outline:3px solid #0b5cad;outline-offset:2px;border-radius:2px}
mark[tabindex]{scroll-margin-bottom:7rem}
mark[tabindex]:focus-visible::after{content:attr(title);position:fixed;left:50%;transform:translateX(-50%);bottom:.75rem;z-index:5;width:max-content;max-width:min(40rem,calc(100vw - 1.5rem));padding:.4rem .7rem;background:#fff;color:#1f2328;border:2px solid #0b5cad;border-radius:6px;box-shadow:0 2px 8px rgba(0,0,0,.25);font:400 .9rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;font-style:normal;white-space:normal;overflow-wrap:anywhere}
.at{scroll-margin-top:1.5rem}
.at:target::before{content:"▸ cited: ";font-weight:700;font-size:.85em;color:#1f2328}
p:has(.at:target),h3:has(.at:target),h4:has(.at:target){background:#fff8c5;box-shadow:0 0 0 .3rem #fff8c5;outline:2px solid #d4a72c;outline-offset:.3rem}
@media (max-width:40rem){
 .table{overflow-x:visible}
 .table table,.table tbody,.table tr,.table td,.table tbody th{display:block}
 .table thead{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
 .table tr{border:1px solid #d0d7de;border-radius:6px;margin:0 0 .6rem;padding:.25rem 0}
 .table td,.table tbody th{border:none;padding:.15rem .6rem}
 .table td[data-label]::before,.table tbody th[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#57606a}
}
footer{margin:2rem auto;color:#57606a;font-size:.85rem}
@media print{
 body{font-size:10.5pt}
 header.page,main,footer{max-width:none;padding:0}
 .cols,.charts,.verdicts{display:block}
 .col,.card{border:none;padding:0;margin:0 0 1rem}
 figure,tr,.card{break-inside:avoid}
 a{color:inherit;text-decoration:none}
 mark,.sample,.meter span{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 mark[tabindex]{scroll-margin-bottom:7rem}
mark[tabindex]:focus-visible::after{content:none}
 details.removed{display:none}
}
`;
