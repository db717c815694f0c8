// Generated from schemas/ by scripts/lib/validate/case-types.ts (npm run build:validate -- --write) — do not edit.
/* eslint-disable */
/**
 * 与民警的关系，只能是第三十二条所列的七种近亲属之一；祖父母、外祖父母、岳父母、公婆、堂表兄弟姐妹等均不属于本办法所称近亲属。
 */
export type NearRelative = "夫" | "妻" | "父" | "母" | "子" | "女" | "同胞兄弟姊妹";
/**
 * 按第二十一条至第二十四条（须同时具备全部条件）或第二十五条（具备任一情形即可）提出的免责主张。
 */
export type ExemptionClaim =
  | {
      article: "art_21";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十一条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十一条所列项的条款标识（eId）。
         */
        item: "art_21__item_1" | "art_21__item_2" | "art_21__item_3";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_22";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十二条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十二条所列项的条款标识（eId）。
         */
        item: "art_22__item_1" | "art_22__item_2" | "art_22__item_3";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_23";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十三条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十三条所列项的条款标识（eId）。
         */
        item: "art_23__item_1" | "art_23__item_2" | "art_23__item_3" | "art_23__item_4";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_24";
      /**
       * 引起伤亡的经过，简要概述。
       */
      scenario?: string;
      /**
       * 第二十四条要求同时具备的各项条件，逐项写明是否具备（true / false / null 尚未查明）及所依据的事实；未列出的条件视为尚未查明。
       *
       * @minItems 1
       *
       * Items: 一项免责条件及其审查情况。
       */
      conditions: {
        /**
         * 第二十四条所列项的条款标识（eId）。
         */
        item: "art_24__item_1" | "art_24__item_2" | "art_24__item_3" | "art_24__item_4";
        /**
         * 该条件经审查是否具备。
         */
        met: true | false | null;
        /**
         * 认定该条件具备或不具备所依据的事实与证据；“是否具备”为 true 或 false 时必填。
         */
        fact?: string;
      }[];
    }
  | {
      article: "art_25";
      /**
       * 第二十五条所列的情形，每项写明所依据的事实。
       *
       * @minItems 1
       *
       * Items: 一项免责情形及其事实依据。
       */
      grounds: {
        /**
         * 第二十五条所列项的条款标识（eId）。
         */
        item:
          | "art_25__item_1"
          | "art_25__item_2"
          | "art_25__item_3"
          | "art_25__item_4"
          | "art_25__item_5"
          | "art_25__item_6"
          | "art_25__item_7"
          | "art_25__item_8"
          | "art_25__item_9";
        /**
         * 认定该情形所依据的事实与证据。
         */
        fact: string;
      }[];
    };
/**
 * 处分由轻到重：警告、记过、记大过、降级、撤职、开除；辞退和诫勉、通报批评、调离岗位等为处理，停止执行职务、禁闭为督察措施。记大过以上处分或辞退，民警有异议并申诉的，由维权委复核（第二十七条）；受到内部不公正处分、处理，经核查属实的，督促限期纠正（第二十八条）。
 */
export type SanctionMeasure =
  | "警告"
  | "记过"
  | "记大过"
  | "降级"
  | "撤职"
  | "开除"
  | "辞退"
  | "诫勉"
  | "通报批评"
  | "调离岗位"
  | "停止执行职务"
  | "禁闭";

/**
 * 维权办为每起维护公安民警执法权威案（事）件保存的一份数据文件（JSON）。用 npm run validate 检查；错误和办理要求均注明依据条款。
 */
export interface Case {
  /**
   * 指向本架构文件（相对路径或地址），使编辑器提供补全和悬停说明；校验命令不依赖此项。
   */
  $schema?: string;
  /**
   * 本单位内唯一的案件编号，如“呼公维〔2026〕7号”或“HHHT-2026-007”。
   */
  id: string;
  /**
   * 其维权办承办本案的公安机关。
   */
  unit: {
    /**
     * 公安机关全称，如“呼和浩特市公安局”。
     */
    name: string;
    /**
     * 公安机关的层级：决定是否须向公安厅维权办逐级报告（第十七条）。
     */
    level: "自治区" | "盟市" | "旗县";
  };
  /**
   * 案件是依申请启动，还是维权办发现线索后主动启动（第十五条）。
   */
  opened: {
    /**
     * 依申请或主动启动。
     */
    by: "申请" | "主动启动";
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 主动启动时，维权办发现的线索及来源。
     */
    lead?: string;
  };
  /**
   * 提出维护执法权威申请的人或单位（第十五条）；依申请启动时必填。
   */
  applicant?: {
    /**
     * 民警本人、其近亲属或民警所在单位。
     */
    kind: "本人" | "近亲属" | "所在单位";
    /**
     * 申请人姓名；单位申请时填经办人姓名。
     */
    name: string;
    relation?: NearRelative;
    /**
     * 申请人是民警所在单位时，单位的名称。
     */
    unitName?: string;
    /**
     * 申请人的联系电话。
     */
    phone?: string;
  };
  officer: Officer;
  /**
   * 侵害事件的时间、地点和经过。
   */
  incident: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 侵害发生的地点。
     */
    place: string;
    /**
     * 事件经过的简要概述。
     */
    summary: string;
    /**
     * 是否有网上侵权、负面舆情、网上炒作、造谣中伤等情况：为 true 时网安部门应参与（第七条第（八）项）。
     */
    online?: boolean;
    /**
     * 是否有新闻媒体恶意炒作或失实报道：为 true 时新闻宣传部门应参与（第七条第（三）项、第十二条）。
     */
    media?: boolean;
  };
  /**
   * 本案属于第八条所列的哪些情形，至少一项。
   *
   * @minItems 1
   */
  circumstances: Circumstance[];
  /**
   * 受到侵害的民警本人及其近亲属（第八条、第十一条、第三十二条），至少一人。
   *
   * @minItems 1
   *
   * Items: 一名受害人。
   */
  victims: {
    /**
     * 受害人的姓名。
     */
    name: string;
    /**
     * 民警本人或其近亲属。
     */
    kind: "民警本人" | "近亲属";
    relation?: NearRelative;
  }[];
  /**
   * 办理本案的人员；受害民警本人及其近亲属应当回避，不得办理本案（第十条）。
   *
   * Items: 一名办案人员。
   */
  handlers: {
    /**
     * 办案人员的姓名。
     */
    name: string;
    /**
     * 在本案中承担的职责，如“主办”“协办”“审核”。
     */
    role: string;
    /**
     * 该办案人员是否是本案的受害人。
     */
    isVictim?: boolean;
    /**
     * 该办案人员与受害人的关系（如有），如“妻”“同事”；是近亲属的，应当回避。
     */
    relationToVictim?: string;
  }[];
  /**
   * 侵害造成的人身伤亡和财产损失。
   */
  harm?: {
    /**
     * 民警是否受伤（第十七条第（一）项：造成民警伤亡的须逐级报告）。
     */
    injured: boolean;
    /**
     * 民警是否死亡（第十七条第（一）项）。
     */
    killed: boolean;
    /**
     * 伤情概述，如“左臂骨折，轻伤二级”。
     */
    injuries?: string;
    /**
     * 民警因侵害遭受的财产损失金额，单位元（第九条）。
     */
    propertyLoss?: number;
  };
  /**
   * 第十七条规定须逐级向公安厅维权办报告的事实，以及已经作出的报告（第二十九条第（一）项：重大案事件第一时间报告）。
   */
  escalation?: {
    /**
     * 逐项填写第十七条所列事实是否存在。
     */
    facts: {
      /**
       * 造成民警伤亡的案（事）件；
       */
      casualties: boolean;
      /**
       * 公安机关被打砸冲击和因执法办案形成群体性事件等影响较大的案件；
       */
      organAttackedOrMassIncident: boolean;
      /**
       * 跨区域的公安民警执法权威被侵害案（事）件；
       */
      crossRegion: boolean;
      /**
       * 盟市、旗县公安机关维权办认为需要向公安厅维权办上报处理的案（事）件。
       */
      officeDecided: boolean;
    };
    /**
     * 已经作出的报告，按时间顺序。
     *
     * Items: 一次报告。
     */
    reports?: {
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      date: string;
      /**
       * 报告的时刻，24 小时制 HH:MM；重大案事件要在第一时间报告（第二十九条第（一）项）。
       */
      time?: string;
      /**
       * 作出报告的维权办，如“土默特左旗公安局维权办”。
       */
      from: string;
      /**
       * 接收报告的维权办全称，如“呼和浩特市公安局维护公安民警执法权威工作委员会办公室”“公安厅维权办”。
       */
      to: string;
      /**
       * 接收报告的维权办所在公安机关的层级：旗县维权办报告盟市维权办，盟市维权办报告公安厅维权办（逐级报告，第十七条）。不填时按“报告对象”的名称判断（含“公安厅”为自治区，含“市公安局”“盟公安局”为盟市）。
       */
      toLevel?: "盟市" | "自治区";
      /**
       * 第一次报告为首报，此后的补充报告为续报；不填时按日期顺序，第一次为首报。
       */
      kind?: "首报" | "续报";
      /**
       * 报告内容摘要。
       */
      summary?: string;
    }[];
  };
  /**
   * 案件立案、调查、处理的全程跟踪记录，按时间顺序，至少有一条立案记录（第二十九条第（六）项）。
   *
   * @minItems 1
   *
   * Items: 一条台账记录。
   */
  ledger: {
    /**
     * 记录所处的阶段：立案、调查、处理依次进行。
     */
    stage: "立案" | "调查" | "处理";
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 该阶段工作的简要记录。
     */
    note?: string;
  }[];
  /**
   * 其他机关对侵权人或民警作出的决定（拘留、判决……），与维权办自己的台账分开记录（第十一条、第二十九条第（六）项）。
   */
  events?: Event[];
  aftercare?: Aftercare;
  /**
   * 民警本人或其近亲属遭遇恐吓威胁、滋事骚扰、尾随跟踪，或者人身、财产受到侵害时，民警所在公安机关和有管辖权的公安机关采取的保护措施（第十一条：应当及时采取）。
   */
  protection?: {
    /**
     * 每项措施一条。
     *
     * @minItems 1
     */
    measures: Record[];
  };
  publicity?: Publicity;
  onScene?: OnScene;
  /**
   * 刑侦、治安等办案部门办理侵犯民警执法权威的案件，并将处理结果及时反馈维权办（第七条第（七）项）。
   */
  investigation?: {
    /**
     * 办理案件的部门，如“新城区分局刑侦大队”。
     */
    department?: string;
    resultFedBack?: Record;
  };
  /**
   * 维权办根据需要聘用法律专业人士，对民警是否依法履职进行专业审查的情况（第二十六条第一款）。
   */
  legalReview?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 进行审查的法律专业人士所在单位或身份，如“某律师事务所律师”。
     */
    by?: string;
    /**
     * 记载这项工作的文书名称或编号，如“呼公维〔2026〕8号”。
     */
    document?: string;
    /**
     * 简要说明，如采取了哪些措施。
     */
    note?: string;
  };
  /**
   * 纪检监察机关、检察机关介入调查民警履职行为的情况，以及公安机关提供论证意见、法律配合的情况（第二十六条）。
   */
  externalInquiry?: {
    /**
     * 介入调查的机关。
     */
    by: "纪检监察机关" | "检察机关";
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    opinionProvided?: Record;
    legalSupport?: Record;
  };
  specialStudy?: Record;
  /**
   * 办案中发现民警本人存在违法违纪问题，应当移送相关部门（第十六条）：何时发现、何时移送给谁。
   */
  misconductTransfer?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    foundOn?: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date?: string;
    /**
     * 接收移送的部门，如“纪检监察部门”；尚未移送时省略。
     */
    to?: string;
    /**
     * 所移送问题的概述。
     */
    summary: string;
    /**
     * 随移送函移送的材料，每项一件，如“询问笔录（复印件）”；打印在移送函的附件说明中，不填时留空由经办人填写。
     *
     * @minItems 1
     *
     * Items: 一件移送材料的名称。
     */
    materials?: string[];
  };
  /**
   * 为民警提出的免责主张（第二十一条至第二十五条），每项主张逐条写明条件及事实。
   */
  exemptionClaims?: ExemptionClaim[];
  /**
   * 对民警作出的执法过错责任追究决定（第十八条至第二十条）。
   */
  liabilityDecisions?: LiabilityDecision[];
  /**
   * 民警因履职受到的处分或处理，以及申诉复核情况（第二十七条）。
   *
   * Items: 一项处分或处理。
   */
  sanctions?: {
    /**
     * 处分、处理决定的文号或编号。
     */
    id: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 作出处分、处理决定的部门。
     */
    decidedBy: string;
    measure: SanctionMeasure;
    /**
     * 民警有异议并提出申诉后的复核情况；不得因申诉加重处分、处理（第二十七条）。
     */
    appeal?: {
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      date: string;
      /**
       * 民警是否请求维权委复核；第二十七条的复核只适用于记大过以上处分和辞退，其他处分、处理有异议的，维权委可依第五条第二款审核、维权办可依第六条第二款受理复核申请。
       */
      reviewRequested?: boolean;
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      heardOn?: string;
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      reviewedOn?: string;
      /**
       * 维权委的复核结论。
       */
      outcome?: "维持" | "不当";
      revisedMeasure?: SanctionMeasure;
      /**
       * 维权委复核意见的要点。
       */
      opinion?: string;
      /**
       * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
       */
      opinionSentOn?: string;
    };
  }[];
  /**
   * 民警受到内部不公正处分、处理，经核查属实后，警务督察部门督促相关部门限期纠正的记录（第二十八条）。
   *
   * Items: 一次督促纠正。
   */
  corrections?: {
    /**
     * 督促限期纠正通知书的文号，如“通公督纠〔2026〕1号”。
     */
    id: string;
    /**
     * 发出督促限期纠正通知书的警务督察部门全称，如“通辽市公安局警务督察支队”；不填时用单位设置文件中维权办所在的部门。
     */
    orderedBy?: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    verifiedOn?: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    orderedOn: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    deadline: string;
    /**
     * 被督促纠正的部门。
     */
    department: string;
    /**
     * 需要纠正的处分、处理事项。
     */
    matter: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    correctedOn?: string;
  }[];
  /**
   * 检举控告民警的案（事）件经核查证实属诬告、陷害、诽谤的正名工作（第二十九条第（五）项）。
   */
  nameClearing?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    complaintReceivedOn: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    provedOn?: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    materialsReceivedOn?: string;
    /**
     * 核查认定的性质。
     */
    finding: "诬告" | "陷害" | "诽谤";
    /**
     * 《正名通知书》公开澄清事实的范围，如“呼和浩特市公安局全局”。
     */
    scope?: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    noticeIssuedOn?: string;
    /**
     * 侵权违法行为人被移交追究责任的部门。
     */
    infringerTransferredTo?: string;
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    infringerTransferredOn?: string;
    /**
     * 移交侵权违法行为人时随移送函移送的材料，每项一件；打印在移送函的附件说明中，不填时留空由经办人填写。
     *
     * @minItems 1
     *
     * Items: 一件移送材料的名称。
     */
    infringerMaterials?: string[];
  };
}
/**
 * 执法权威受到侵犯、由本案维护的人员：人员类别决定本办法是遵照还是参照适用（第三条、第三十三条），非工作时间的案件须具备第三十一条所列事实。
 */
export interface Officer {
  /**
   * 受保护人员的姓名。
   */
  name: string;
  /**
   * 民警的警号；警务辅助人员、学员可填工号或学号，没有时省略。
   */
  policeNumber?: string;
  /**
   * 受保护人员的身份类别：民警直接适用本办法；警务辅助人员、公安院校派遣学员遵照执行；其他公安机关工作人员参照执行。
   */
  role: "民警" | "警务辅助人员" | "公安院校学员" | "其他公安机关工作人员";
  /**
   * 受保护人员所在的单位，如“赛罕区公安分局巡警大队”。
   */
  unit: string;
  /**
   * 职务或岗位，如“副大队长”“社区民警”。
   */
  position?: string;
  /**
   * 侵害发生时是否在工作时间内依法履职；为 false 时须填写“非工作时间情形”，并具备第三十一条所列的全部事实。
   */
  onDuty: boolean;
  /**
   * 非工作时间受到不法侵害时，第三十一条要求同时具备的三项事实，每项填 true 或 false。
   */
  offDuty?: {
    /**
     * 侵害发生前，民警是否遇到属于其职责范围的紧急情形。
     */
    emergencyWithinDuty: boolean;
    /**
     * 民警是否已向现场人员表明公安民警身份。
     */
    identifiedSelf: boolean;
    /**
     * 不法侵害是否发生在民警根据现场情况进行先期处置的过程中。
     */
    harmDuringFirstResponse: boolean;
  };
}
/**
 * 民警遇到的侵害情形，取第八条第（一）至（十）项之一；第（十）项“其他情形”须写明具体情况。
 */
export interface Circumstance {
  /**
   * 第八条所列项的条款标识（eId），如 art_8__item_1。
   */
  item:
    | "art_8__item_1"
    | "art_8__item_2"
    | "art_8__item_3"
    | "art_8__item_4"
    | "art_8__item_5"
    | "art_8__item_6"
    | "art_8__item_7"
    | "art_8__item_8"
    | "art_8__item_9"
    | "art_8__item_10";
  /**
   * 对情形的具体说明；选第八条第（十）项（其他情形）时必填，其余项可选。
   */
  description?: string;
}
/**
 * 案件之外的机关作出的决定或发生的事情，如对侵权人的拘留、判决，对民警的处分；与维权办自己的立案、调查、处理（工作台账）分开记录，日期不受台账顺序约束。
 */
export interface Event {
  /**
   * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
   */
  date: string;
  /**
   * 事件的种类。
   */
  kind: "刑事拘留" | "行政拘留" | "罚款" | "治安警告" | "逮捕" | "起诉" | "判决" | "其他";
  /**
   * 事件针对谁：侵权人（追究行为人的法律责任，第十一条、第十三条）或其他人。
   */
  subject: "侵权人" | "其他";
  /**
   * 作出决定的机关，如“新城区分局”“新城区人民法院”。
   */
  by?: string;
  /**
   * 记载这项工作的文书名称或编号，如“呼公维〔2026〕8号”。
   */
  document?: string;
  /**
   * 简要说明，如采取了哪些措施。
   */
  note?: string;
}
/**
 * 对受到侵害的民警做了哪些抚助、救治和保障工作（第七条第（一）项、第（二）项、第（六）项，第九条）。
 */
export interface Aftercare {
  /**
   * 警务督察部门对执法权威受侵犯民警的抚助慰问，每次一条（第七条第（一）项）。
   *
   * @minItems 1
   */
  visits?: Record[];
  medicalCare?: Record;
  psychologicalSupport?: Record;
  injuryInsurance?: Record;
  commendation?: Record;
  /**
   * 从保障民警依法履职抚慰专项资金中发放的抚慰金（第七条第（六）项）。
   */
  comfortFund?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 做这项工作的单位或部门，如“新城区分局政工室”；写部门，不写个人姓名。
     */
    by?: string;
    /**
     * 记载这项工作的文书名称或编号，如“呼公维〔2026〕8号”。
     */
    document?: string;
    /**
     * 简要说明，如采取了哪些措施。
     */
    note?: string;
    /**
     * 发放的金额，单位元。
     */
    amount?: number;
  };
  /**
   * 公安机关帮助民警通过刑事附带民事诉讼或者民事诉讼等法律途径维护合法权益的情况（第九条）。
   */
  litigationSupport?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 做这项工作的单位或部门，如“新城区分局政工室”；写部门，不写个人姓名。
     */
    by?: string;
    /**
     * 记载这项工作的文书名称或编号，如“呼公维〔2026〕8号”。
     */
    document?: string;
    /**
     * 简要说明，如采取了哪些措施。
     */
    note?: string;
    /**
     * 帮助民警采用的法律途径。
     */
    route?: "刑事附带民事诉讼" | "民事诉讼" | "其他法律途径";
  };
}
/**
 * 本办法要求的一项工作已经做了：何时、由哪个部门做的、见于哪份文书。逐项记下，校验命令据此列出本案已履行、待履行和逾期的职责。
 */
export interface Record {
  /**
   * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
   */
  date: string;
  /**
   * 做这项工作的单位或部门，如“新城区分局政工室”；写部门，不写个人姓名。
   */
  by?: string;
  /**
   * 记载这项工作的文书名称或编号，如“呼公维〔2026〕8号”。
   */
  document?: string;
  /**
   * 简要说明，如采取了哪些措施。
   */
  note?: string;
}
/**
 * 网上侵权、媒体炒作、诬陷诽谤的处置：舆情引导、网上处置、澄清事实、消除影响、恢复名誉（第七条第（三）项、第（八）项，第十二条，第十三条）。
 */
export interface Publicity {
  /**
   * 诬陷、诽谤或者侮辱民警是否造成了恶劣影响：为 true 时，维权办应及时消除影响、恢复名誉（第十三条）。
   */
  seriousImpact?: boolean;
  opinionGuided?: Record;
  onlineHandled?: Record;
  mediaClarified?: Record;
  reputationRestored?: Record;
}
/**
 * 民警在现场如何处置被侵害的案（事）件，以及指挥中心的先期指挥处置（第十四条、第七条第（四）项）。
 */
export interface OnScene {
  /**
   * 民警能否在现场自行处置：true 为自行处置（控制违法行为人、移送有关部门）；false 为自行处置有困难，应当立即向指挥中心报告（第十四条）。
   */
  selfHandled?: boolean;
  /**
   * 自行处置时，违法行为人移送的部门。
   */
  handedOverTo?: string;
  /**
   * 自行处置有困难时，民警向指挥中心报告、请求援助的情况（第十四条：应当立即报告）。
   */
  reportedToCommandCentre?: {
    /**
     * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
     */
    date: string;
    /**
     * 报告的时刻，24 小时制 HH:MM，如 21:05。
     */
    time?: string;
    /**
     * 做这项工作的单位或部门，如“新城区分局政工室”；写部门，不写个人姓名。
     */
    by?: string;
    /**
     * 简要说明，如采取了哪些措施。
     */
    note?: string;
  };
  /**
   * 民警在现场是否尽可能收集、固定了证据（第十四条）。
   */
  evidenceCollected?: boolean;
  commandResponse?: Record;
}
/**
 * 对民警作出的执法过错责任追究决定：追责理由、过错程度与处理方式（第十八条至第二十条）。
 */
export interface LiabilityDecision {
  /**
   * 决定的文号或编号。
   */
  id: string;
  /**
   * 公历日期，格式 YYYY-MM-DD（如 2026-03-05），须为真实存在的日期。
   */
  date: string;
  /**
   * 作出决定的机关或部门。
   */
  decidedBy: string;
  /**
   * 决定所依据的理由，每项一句；不得以第十八条所列的领导批示、舆论炒作、信访投诉、复议诉讼、维护稳定等为由追究民警责任。
   *
   * @minItems 1
   *
   * Items: 一项追责理由。
   */
  grounds: string[];
  /**
   * 按第十九条、第二十条认定的过错程度，决定可以或应当采取的处理方式。
   */
  fault: "故意或严重" | "轻微过失" | "执法瑕疵" | "紧急情形误判" | "主动纠正";
  /**
   * 过错是否造成了危害后果：故意违反法律和纪律规定或者严重不履行、不当履行职责，造成危害后果的，从严追究执法过错责任（第十九条）。
   */
  harmCaused?: boolean;
  /**
   * 决定对民警采取的处理方式。
   */
  treatment: "从严" | "从轻" | "减轻" | "免除" | "不予减免";
}

/**
 * 一个公安机关的维权委、维权办、聘请律师和公文版头等设置，供校验与公文生成使用。
 */
export interface Unit {
  /**
   * 指向本架构文件（相对路径或地址），使编辑器提供补全和悬停说明。
   */
  $schema?: string;
  /**
   * 公安机关全称，如“呼和浩特市公安局”。
   */
  name: string;
  /**
   * 公安机关的层级：决定是否须向公安厅维权办逐级报告（第十七条）。
   */
  level: "自治区" | "盟市" | "旗县";
  /**
   * 本机关的上一级公安机关及其维权办：旗县的上级是所属盟市公安局，盟市的上级是自治区公安厅。逐级报告（第十七条）报送上一级维权办，报告的主送机关用其全称。自治区公安厅没有上级，不填。
   */
  superior?: {
    /**
     * 上一级公安机关的全称，如“呼和浩特市公安局”“内蒙古自治区公安厅”。
     */
    name: string;
    /**
     * 上一级维权办的全称，用作逐级报告的主送机关，如“呼和浩特市公安局维护公安民警执法权威工作委员会办公室”。
     */
    office: string;
  };
  /**
   * 机关简称，如“呼公”。
   */
  shortName?: string;
  /**
   * 维权文书发文字号的机关代字，如“呼公维字”，打印为“呼公维字〔2026〕3号”。
   */
  documentPrefix: string;
  /**
   * 上行文（向公安厅维权办的逐级报告）版头所列签发人的姓名，一般为本机关负责人。未填写时签发人处留空，由经办人填写；生成公文时也可用 --signer 指定。
   */
  signer?: string;
  /**
   * 维权办印章上的文字，如“呼和浩特市公安局维护公安民警执法权威工作委员会办公室”。
   */
  sealText: string;
  /**
   * 公文版头红色发文机关标志的文字。
   */
  issuerMark: string;
  /**
   * 维护公安民警执法权威工作委员会的组成（第五条）。
   */
  committee: {
    /**
     * 维权委主任，由督察长担任。
     */
    director: {
      /**
       * 姓名。
       */
      name: string;
      /**
       * 主任的职务。
       */
      post: "督察长";
    };
    /**
     * 维权委副主任，由副督察长和政工部门负责人担任。
     *
     * @minItems 1
     *
     * Items: 一名副主任。
     */
    deputies: {
      /**
       * 姓名。
       */
      name: string;
      /**
       * 副主任的职务。
       */
      post: "副督察长" | "政工部门负责人";
    }[];
    /**
     * 维权委成员，由第五条所列部门的负责人担任。
     *
     * @minItems 1
     *
     * Items: 一名成员。
     */
    members: {
      /**
       * 姓名。
       */
      name: string;
      /**
       * 成员所在的部门。
       */
      department:
        "警务督察" | "法制" | "指挥中心" | "警务保障" | "人事" | "教育训练" | "新闻宣传" | "警察协会" | "执法办案部门";
    }[];
  };
  /**
   * 维权委办公室，设在警务督察部门，主任由督察部门主要领导兼任（第六条）。
   */
  office: {
    /**
     * 维权办主任姓名。
     */
    director: string;
    /**
     * 维权办所在的部门，如“警务督察支队”。
     */
    department: string;
  };
  /**
   * 本机关聘请的律师，不少于 2 人（第二十六条第二款）。
   *
   * @minItems 2
   *
   * Items: 一名聘请的律师。
   */
  lawyers: {
    /**
     * 律师姓名。
     */
    name: string;
    /**
     * 律师所在的律师事务所。
     */
    firm?: string;
  }[];
  /**
   * 机关地址，用于公文落款。
   */
  address?: string;
  /**
   * 维权办联系电话，用于公文落款。
   */
  phone?: string;
}
