import type { DemoMatter } from './demo-work-order.fixtures';
import {
  anju,
  changgou,
  fuqiao,
  guanyinge,
  guhuai,
  jincheng,
  jiyang,
  liying,
  nanyuan,
  nanzhang,
  nianlipu,
  shiqiao,
  tangkou,
  xuzhuang,
  yutun,
} from './demo-work-order.places';

/** The demo matters still open when the seed ends: waiting, answered, dispatched, with the lawyer (see demo-work-order.fixtures). */
export const openDemoMatters: readonly DemoMatter[] = [
  // ── Received, waiting for dispatch ──────────────────────────────────────────────────────
  {
    key: 'loan-to-friend',
    kind: 'consultation',
    channel: 'web',
    township: anju,
    description:
      '2023年借给同村朋友5万元盖房，打了借条，约定一年内还清。到期后多次催要，对方一直拖着不还，现在电话也不接。请问我该怎么办？借条上没写利息，能不能要利息？',
    at: [1, '10:26'],
    steps: [],
    expect: { status: 'received' },
  },
  {
    key: 'disability-appraisal',
    kind: 'appraisal',
    channel: 'kiosk',
    township: changgou,
    description:
      '去年十月在村口被一辆电动三轮车撞伤，左腿骨折，现在治疗结束了。对方说要等伤残鉴定结果出来再谈赔偿。想问伤残鉴定去哪里做、需要带什么材料、鉴定费用由谁承担。',
    at: [2, '15:08'],
    steps: [],
    expect: { status: 'received' },
  },
  {
    key: 'logistics-injury-forwarded',
    kind: 'consultation',
    legalDomain: 'labor_dispute',
    channel: 'hotline',
    township: nianlipu,
    citizen: 'male',
    description:
      '来电人在市区一家物流公司做分拣工两年，一直没签劳动合同，也没交社保。上个月搬货时扭伤腰部，休息半个月后公司通知他不用再来上班。想咨询能否认定工伤、能要回哪些赔偿。',
    at: [1, '14:37'],
    steps: [
      {
        at: [1, '14:52'],
        do: 'note',
        by: 'agent',
        reason: '来电人情况较复杂（未签劳动合同、受伤后被辞退），要求律师详细解答，已转派单员分派。',
      },
    ],
    expect: { status: 'received' },
  },
  {
    key: 'child-support-aid',
    kind: 'legal_aid',
    legalDomain: 'marriage_family',
    channel: 'window',
    township: tangkou,
    citizen: 'female',
    withIdNumber: true,
    description:
      '申请人离婚后独自抚养8岁的女儿，前夫已连续两年未支付每月800元的抚养费。申请人在超市打零工，收入微薄，无力聘请律师，申请法律援助起诉追索抚养费。已携带身份证、离婚调解书和村委会出具的经济困难证明。',
    at: [1, '09:35'],
    steps: [],
    expect: { status: 'received' },
  },

  // ── Answered on the spot ────────────────────────────────────────────────────────────────
  {
    key: 'divorce-cooling-off',
    kind: 'consultation',
    legalDomain: 'marriage_family',
    channel: 'hotline',
    township: jincheng,
    citizen: 'female',
    description:
      '来电人与丈夫协商一致，准备协议离婚。听说现在有离婚冷静期，想了解冷静期有多长、期间能不能反悔、期满后还要办什么手续。',
    answer:
      '根据《民法典》第一千零七十七条，协议离婚有30日的离婚冷静期：自婚姻登记机关收到离婚登记申请之日起30日内，任何一方不愿离婚的，可以向登记机关撤回申请；期满后30日内，双方应当亲自到婚姻登记机关申请发给离婚证，未申请的视为撤回离婚登记申请。冷静期只适用于协议离婚，向法院起诉离婚不受此限。',
    at: [6, '10:12'],
    steps: [{ at: [6, '16:05'], do: 'rate', rating: 5, comment: '解答很清楚，谢谢！' }],
    expect: { status: 'closed' },
  },
  {
    key: 'accident-liability-review',
    kind: 'consultation',
    legalDomain: 'traffic_accident',
    channel: 'hotline',
    township: jiyang,
    citizen: 'male',
    description:
      '来电人骑电动车与一辆小轿车相撞，交警认定他负次要责任。他认为对方车速过快，应负全部责任，对认定书不服，想知道怎么办。',
    answer:
      '根据《道路交通事故处理程序规定》，当事人对道路交通事故认定有异议的，可以自认定书送达之日起三日内，向上一级公安机关交通管理部门书面申请复核，复核以一次为限。已提醒来电人抓紧在期限内递交复核申请，保留现场照片、行车记录和就医记录；对赔偿数额有争议的，可以申请人民调解，也可以直接向人民法院起诉。',
    at: [2, '11:20'],
    steps: [],
    expect: { status: 'answered' },
  },
  {
    key: 'weekend-service-suggestion',
    kind: 'feedback',
    legalDomain: 'general_consultation',
    channel: 'hotline',
    township: shiqiao,
    description:
      '来电人反映，所在村的法律服务室只在工作日上午开门，外出务工人员周末回村时找不到人咨询，建议增加周末值班或者预约服务。',
    answer:
      '已感谢来电人的建议并做好记录，将转任城区公共法律服务中心研究。同时告知：周末可以拨打12348热线或登录网上法律服务平台咨询，也可以电话预约村（居）法律顾问上门。',
    at: [3, '16:40'],
    steps: [],
    expect: { status: 'answered' },
  },
  {
    key: 'power-of-attorney-notarization',
    kind: 'notarization',
    legalDomain: 'real_estate',
    channel: 'window',
    township: guanyinge,
    description: '当事人在外地工作，想委托父亲代为办理济宁老房子的出售和过户手续，询问办理委托公证需要准备哪些材料。',
    answer:
      '已当场告知：委托人需本人携带身份证、户口簿、不动产权证书、婚姻状况证明（已婚的还需配偶同意出售的书面意见）和受托人身份证复印件，到公证处申办委托公证；本人无法回济宁的，可以在工作地的公证处办理，或者申请远程视频公证。一般3至5个工作日出证。',
    at: [1, '15:30'],
    steps: [],
    expect: { status: 'answered' },
  },

  // ── Dispatched to the demo lawyer, not yet accepted ─────────────────────────────────────
  {
    key: 'renovation-delay',
    kind: 'consultation',
    channel: 'web',
    township: nanyuan,
    description:
      '去年找装修公司装修新房，合同约定45天完工，现在已经拖了两个多月还没完工，卫生间还漏水。公司要求先付尾款才肯继续施工。我想解除合同并要求赔偿，需要怎么做？',
    at: [2, '16:18'],
    steps: [{ at: [1, '09:12'], do: 'dispatch', to: 'lawyer' }],
    expect: { status: 'dispatched' },
  },
  {
    // Nobody accepts it by its accept-by: the sweep reminds it (催办), once.
    key: 'site-wage-arrears-aid',
    kind: 'legal_aid',
    legalDomain: 'labor_dispute',
    channel: 'window',
    township: yutun,
    citizen: 'male',
    withIdNumber: true,
    description:
      '申请人在一处建筑工地务工，包工头拖欠其去年下半年工资共计3.6万元，多次讨要未果，同工地另有十余名工友情况相同。申请人家庭经济困难，申请法律援助，请求帮助追讨欠薪。',
    at: [3, '10:05'],
    steps: [{ at: [2, '09:40'], do: 'dispatch', to: 'lawyer' }],
    expect: { status: 'dispatched', overdueLevel: 1 },
  },
  {
    // Rated 2: reopened, back at the lawyer's firm to be taken again.
    key: 'dismissal-not-competent',
    kind: 'consultation',
    legalDomain: 'labor_dispute',
    channel: 'hotline',
    township: liying,
    citizen: 'male',
    description:
      '来电人在一家机械厂工作了五年，公司以“不胜任工作”为由口头通知解除劳动合同，没有书面通知，也没提经济补偿。想了解公司这样做是否合法、能要多少补偿。',
    at: [5, '09:48'],
    steps: [
      { at: [5, '10:30'], do: 'dispatch', to: 'lawyer' },
      { at: [4, '09:05'], do: 'accept' },
      {
        at: [3, '15:20'],
        do: 'resolve',
        result:
          '已电话答复：用人单位以“不胜任工作”为由解除劳动合同，须先经过培训或者调整工作岗位，仍不能胜任的，才能提前三十日书面通知或者额外支付一个月工资后解除；不符合条件的属于违法解除，可以主张双倍经济补偿。建议向任城区劳动人事争议仲裁委员会申请仲裁。',
      },
      {
        at: [1, '10:15'],
        do: 'rate',
        rating: 2,
        comment: '只说了可以申请仲裁，没告诉我要准备什么材料、补偿怎么算，希望律师再详细指导一下。',
      },
    ],
    expect: { status: 'dispatched' },
  },

  // ── With the lawyer ─────────────────────────────────────────────────────────────────────
  {
    key: 'property-fee-suit',
    kind: 'consultation',
    channel: 'web',
    township: xuzhuang,
    description:
      '小区物业服务很差，电梯经常坏，地下车库漏水，不少业主拒交物业费。现在物业公司起诉要我交两年的物业费和滞纳金。请问服务不到位能不能少交？滞纳金要不要交？',
    at: [2, '10:44'],
    steps: [
      { at: [2, '14:10'], do: 'dispatch', to: 'lawyer' },
      { at: [1, '08:55'], do: 'accept' },
    ],
    expect: { status: 'accepted' },
  },
  {
    key: 'upstairs-leak-mediation',
    kind: 'mediation',
    legalDomain: 'tort',
    channel: 'window',
    township: guhuai,
    description:
      '申请人与楼上邻居因卫生间漏水发生纠纷：楼上卫生间防水层老化，导致申请人家天花板和墙面发霉、吊顶脱落。多次沟通，对方不承认漏水、拒绝维修。申请人民调解。',
    at: [8, '09:20'],
    steps: [
      { at: [8, '11:05'], do: 'dispatch', to: 'lawyer' },
      { at: [7, '09:30'], do: 'accept' },
      { at: [7, '09:40'], do: 'start' },
      {
        at: [4, '16:30'],
        do: 'note',
        by: 'lawyer',
        reason:
          '已在社区调解室组织双方第一次调解。对方同意请人检测漏水点并承担部分维修费用，具体金额仍有分歧，约定下周再次调解。',
      },
    ],
    expect: { status: 'in_progress' },
  },
  {
    key: 'dog-bite',
    kind: 'consultation',
    channel: 'kiosk',
    township: tangkou,
    description:
      '我家孩子在邻居家门口被他家散养的狗咬伤，打了狂犬疫苗，还缝了三针。邻居只愿意出疫苗钱，请问我们可以要求哪些赔偿？',
    at: [4, '10:02'],
    steps: [
      { at: [4, '11:15'], do: 'dispatch', to: 'lawyer' },
      { at: [3, '09:10'], do: 'accept' },
      { at: [3, '09:12'], do: 'start' },
      {
        at: [2, '10:20'],
        do: 'request_extension',
        days: 3,
        reason: '当事人的门诊病历和缝合记录尚未复印，需待其提供后才能计算赔偿项目，申请延期3个工作日。',
      },
      {
        at: [2, '15:45'],
        do: 'reject_extension',
        reason: '时限内尚有时间，病历可指导当事人到医院病案室自行复印，请按期办结，不予延期。',
      },
    ],
    expect: { status: 'in_progress' },
  },
  {
    // The lawyer asks for five more working days; the supervisor has not decided yet.
    key: 'finger-injury-aid',
    kind: 'legal_aid',
    legalDomain: 'labor_dispute',
    channel: 'window',
    township: nanzhang,
    citizen: 'male',
    withIdNumber: true,
    description:
      '申请人在本区一家建材厂工作，操作切割机时右手两根手指受伤，已住院治疗。工厂未给其缴纳工伤保险，只垫付了部分医药费，拒绝承担其他费用。申请人家庭经济困难，申请法律援助。',
    at: [6, '09:50'],
    steps: [
      { at: [6, '11:30'], do: 'dispatch', to: 'lawyer' },
      { at: [5, '09:15'], do: 'accept' },
      { at: [5, '09:20'], do: 'start' },
      { at: [3, '14:30'], do: 'note', by: 'lawyer', reason: '已陪同申请人向区人力资源和社会保障局提交工伤认定申请。' },
      {
        at: [1, '16:10'],
        do: 'request_extension',
        days: 5,
        reason: '申请人的劳动能力鉴定结论预计下周作出，需根据伤残等级确定赔偿请求后再出具援助意见，申请延期5个工作日。',
      },
    ],
    expect: { status: 'in_progress' },
  },
  {
    // Past its resolve-by: reminded by the sweep, then supervised (督办) a working day later.
    key: 'elder-support-aid',
    kind: 'legal_aid',
    legalDomain: 'marriage_family',
    channel: 'hotline',
    township: changgou,
    citizen: 'female',
    description:
      '来电人今年72岁，老伴去世后独自生活，没有固定收入，三个子女互相推诿，都不尽赡养义务。来电人申请法律援助，想起诉子女支付赡养费。',
    at: [13, '10:30'],
    steps: [
      { at: [13, '14:00'], do: 'dispatch', to: 'lawyer' },
      { at: [12, '09:00'], do: 'accept' },
      { at: [12, '09:30'], do: 'start' },
      {
        at: [9, '15:20'],
        do: 'note',
        by: 'lawyer',
        reason: '已到来电人家中面谈，了解三个子女的收入和居住情况，收集了户籍证明和医疗费票据。',
      },
      { at: [3, '09:30'], do: 'note', by: 'supervisor', reason: '请承办律师说明超期原因，并于三个工作日内办结。' },
      {
        at: [2, '11:00'],
        do: 'note',
        by: 'lawyer',
        reason:
          '超期原因：长子在外地务工，多次打电话才联系上。已组织家庭协商，两名子女同意每月各支付赡养费600元，长子仍有异议，准备代为起诉。',
      },
    ],
    expect: { status: 'in_progress', supervised: true, overdueLevel: 2 },
  },
  {
    key: 'developer-title-conflict',
    kind: 'consultation',
    channel: 'web',
    township: fuqiao,
    description:
      '2019年买的商品房，开发商一直没给办房产证，说是土地证还没下来。请问开发商要承担什么责任？我们能不能要求违约金？',
    at: [2, '09:26'],
    steps: [
      { at: [2, '11:40'], do: 'dispatch', to: 'lawyer' },
      {
        at: [1, '10:05'],
        do: 'return',
        reason:
          '经查，本所曾代理该楼盘开发商的相关案件，存在利益冲突，依照律师执业行为规范应当回避，请改派其他律师事务所。',
      },
    ],
    expect: { status: 'returned' },
  },
];
