/** The 任城区 townships (街道/镇, codes of the bundled divisions file) the demo matters happen in; the seed picks villages under them. */
export const xuzhuang = '370811002000'; // 许庄街道
export const liying = '370811005000'; // 李营街道
export const nanzhang = '370811006000'; // 南张街道
export const jincheng = '370811008000'; // 金城街道
export const nianlipu = '370811009000'; // 廿里铺街道
export const guhuai = '370811011000'; // 古槐街道
export const jiyang = '370811012000'; // 济阳街道
export const fuqiao = '370811013000'; // 阜桥街道
export const guanyinge = '370811015000'; // 观音阁街道
export const nanyuan = '370811016000'; // 南苑街道
export const anju = '370811017000'; // 安居街道
export const tangkou = '370811018000'; // 唐口街道
export const changgou = '370811102000'; // 长沟镇
export const shiqiao = '370811109000'; // 石桥镇
export const yutun = '370811111000'; // 喻屯镇
